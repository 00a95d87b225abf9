// The web chat: posts each input to /chat/send (with the antiforgery header) and shows the replies.
// An answer a model is writing comes as NDJSON lines ({"partial": text so far}, then {"result": …}): the pending
// bubble shows the text as it grows, and the committed reply takes its place.
// Reply HTML comes sanitised from the server; everything the person types is shown with textContent.
// The conversation is kept in this tab's sessionStorage, so a reload shows it again; signing out clears it.
// Trainers may also upload a file (/chat/upload, the file as the body), as they send one to the bot on Telegram.
(() => {
  'use strict';
  const messages = document.getElementById('messages');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const status = document.getElementById('status');
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const historyKey = `orgwork.chat.${messages.dataset.user}`;
  const maxEntries = 200;
  let history = [];
  let counter = 0;
  let inFlight = 0;
  // A reply slower than this (a policy answer waiting on the model) shows a pending bubble until it arrives.
  const pendingDelay = 300;

  const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);

  function loadHistory() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(historyKey) || '[]');
      return Array.isArray(stored) ? stored : [];
    } catch {
      return [];
    }
  }

  function saveHistory() {
    history = history.slice(-maxEntries);
    try {
      sessionStorage.setItem(historyKey, JSON.stringify(history));
    } catch {
      // Storage full or switched off: the chat goes on, only a reload will not show it again.
    }
  }

  function showStatus(text, isError) {
    status.textContent = text;
    status.hidden = !text;
    status.classList.toggle('error', !!isError);
  }

  // Inputs do not wait for each other: while one answer is pending the person may go on (the server tells them
  // when a second question must wait). body.busy only says that something is still on its way.
  function setBusy(delta) {
    inFlight += delta;
    document.body.classList.toggle('busy', inFlight > 0);
  }

  function pendingBubble() {
    const element = document.createElement('article');
    element.className = 'msg bot pending';
    element.setAttribute('role', 'status');
    element.textContent = status.dataset.sending;
    return element;
  }

  function scrollToEnd(element, smooth = true) {
    element.scrollIntoView({ block: 'end', behavior: smooth ? 'smooth' : 'auto' });
  }

  function remember(element, entry) {
    element.entry = entry;
    history.push(entry);
  }

  function own(text) {
    const element = document.createElement('article');
    element.className = 'msg me';
    element.textContent = text;
    messages.append(element);
    return element;
  }

  function bubble(message) {
    const element = document.createElement('article');
    element.className = 'msg bot';
    element.id = `m${++counter}`;
    if (message.image) {
      const image = document.createElement('img');
      image.src = message.image;
      image.alt = status.dataset.imageAlt;
      element.append(image);
    }
    const text = document.createElement('div');
    text.className = 'text';
    text.innerHTML = message.html; // sanitised by the server (ChatTableHtml, ChatHtml); tables scroll sideways in their box
    element.append(text);
    for (const row of message.buttons) {
      const line = document.createElement('div');
      line.className = 'buttons';
      for (const button of row) {
        const element2 = document.createElement('button');
        element2.type = 'button';
        element2.textContent = button.label;
        element2.dataset.payload = button.data;
        line.append(element2);
      }
      element.append(line);
    }
    return element;
  }

  function render(result, source) {
    if (result.toast) showStatus(result.toast, false);
    let first = null;
    let last = null;
    for (const message of result.messages) {
      const element = bubble(message);
      const entry = { bot: message };
      if (message.replacesSource && source && source.isConnected) {
        // A page turned or a choice ticked in place: the kept conversation changes in place too.
        const index = history.indexOf(source.entry);
        if (index >= 0) history[index] = entry;
        element.entry = entry;
        source.replaceWith(element);
        source = null;
      } else {
        messages.append(element);
        remember(element, entry);
      }
      first = first || element;
      last = element;
    }
    saveHistory();
    if (!first) return;
    // A long reply (a lesson page) is read from its start, where its title and page number are; a short one
    // is simply the newest line of the conversation.
    if (first.getBoundingClientRect().height > window.innerHeight * 0.6) {
      first.scrollIntoView({ block: 'start', behavior: 'auto' });
    } else {
      scrollToEnd(last);
    }
  }

  function restore(entries) {
    let last = null;
    for (const entry of entries) {
      if (typeof entry.me === 'string') {
        last = own(entry.me);
      } else if (entry.bot && typeof entry.bot.html === 'string' && Array.isArray(entry.bot.buttons)) {
        last = bubble(entry.bot);
        messages.append(last);
      } else {
        continue;
      }
      remember(last, entry);
    }
    if (last) scrollToEnd(last, false);
  }

  // Reads NDJSON lines, showing each partial text in the pending bubble; returns the final result.
  async function readStream(response, pending, showPending) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    let result = null;
    const take = (line) => {
      if (!line.trim()) return;
      const item = JSON.parse(line);
      if (typeof item.partial === 'string') {
        showPending();
        pending.classList.add('writing');
        pending.textContent = item.partial; // plain text: the model's words are never inserted as HTML
        scrollToEnd(pending, false);
      } else if (item.result) {
        result = item.result;
      }
    };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffered.indexOf('\n')) >= 0) {
        take(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
      }
    }
    take(buffered + decoder.decode());
    if (!result) throw new Error('stream ended without a result');
    return result;
  }

  async function post(url, headers, body, source) {
    setBusy(1);
    const pending = pendingBubble();
    const showPending = () => {
      clearTimeout(timer);
      if (!pending.isConnected) messages.append(pending);
    };
    const timer = setTimeout(() => { messages.append(pending); scrollToEnd(pending); }, pendingDelay);
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { ...headers, 'X-CSRF-TOKEN': token, Accept: 'application/x-ndjson, application/json' },
        body,
      });
      if (response.status === 401) {
        location.href = '/signin';
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const streamed = (response.headers.get('Content-Type') || '').includes('application/x-ndjson');
      const result = streamed ? await readStream(response, pending, showPending) : await response.json();
      clearTimeout(timer);
      pending.remove();
      showStatus('', false);
      render(result, source);
    } catch {
      showStatus(status.dataset.error, true);
    } finally {
      clearTimeout(timer);
      pending.remove();
      setBusy(-1);
    }
  }

  function send(body, source) {
    return post('/chat/send', { 'Content-Type': 'application/json' }, JSON.stringify({ ...body, id: newId() }), source);
  }

  function upload(file) {
    const element = own(attach.dataset.label.replace('{0}', file.name));
    remember(element, { me: element.textContent });
    saveHistory();
    scrollToEnd(element);
    const query = `name=${encodeURIComponent(file.name)}&id=${encodeURIComponent(newId())}`;
    return post(`/chat/upload?${query}`, { 'Content-Type': 'application/octet-stream' }, file);
  }

  function sendText(text) {
    const element = own(text);
    remember(element, { me: text });
    saveHistory();
    scrollToEnd(element);
    return send({ text });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    sendText(text);
  });

  document.querySelectorAll('[data-command]').forEach((button) =>
    button.addEventListener('click', () => sendText(button.dataset.command)));

  messages.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-payload]');
    if (!button) return;
    send({ button: button.dataset.payload }, button.closest('article'));
  });

  // Only trainers and admins get the attach button (the server checks the role again).
  const attach = document.getElementById('attach');
  const picker = document.getElementById('upload');
  if (attach && picker) {
    attach.addEventListener('click', () => picker.click());
    picker.addEventListener('change', () => {
      const file = picker.files[0];
      picker.value = '';
      if (file) upload(file);
    });
  }

  document.querySelectorAll('form[action="/signout"]').forEach((signOut) =>
    signOut.addEventListener('submit', () => { try { sessionStorage.removeItem(historyKey); } catch { /* nothing kept */ } }));

  // A larger type for those who read better with it, remembered on this device.
  const largeText = document.getElementById('large-text');
  const largeKey = 'orgwork.largeText';
  function applyLargeText(on) {
    document.documentElement.classList.toggle('large', on);
    if (largeText) largeText.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  try { applyLargeText(localStorage.getItem(largeKey) === '1'); } catch { /* storage off: normal size */ }
  if (largeText) {
    largeText.addEventListener('click', () => {
      const on = !document.documentElement.classList.contains('large');
      applyLargeText(on);
      try { localStorage.setItem(largeKey, on ? '1' : '0'); } catch { /* not remembered */ }
    });
  }

  // Notices the member has not read yet (each with its 已读 button), except those the kept conversation already shows.
  async function showNotices() {
    try {
      const response = await fetch('/chat/notices', { method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-TOKEN': token } });
      if (!response.ok) return;
      const result = await response.json();
      const shown = new Set(history.flatMap((entry) => (entry.bot ? entry.bot.buttons.flat().map((button) => button.data) : [])));
      const fresh = result.messages.filter((message) => !message.buttons.flat().some((button) => shown.has(button.data)));
      if (fresh.length > 0) render({ toast: null, messages: fresh });
    } catch {
      // Offline for a moment: the notices come with the next reply instead.
    }
  }

  const kept = loadHistory();
  if (kept.length > 0) {
    restore(kept);
    showNotices();
  } else {
    send({ text: '/start' }).then(showNotices);
  }
})();
