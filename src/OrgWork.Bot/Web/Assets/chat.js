// The web chat: posts each input to /chat/send (with the antiforgery header) and shows the replies.
// Reply HTML comes sanitised from the server; everything the person types is shown with textContent.
(() => {
  'use strict';
  const messages = document.getElementById('messages');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const status = document.getElementById('status');
  const token = document.querySelector('meta[name="csrf-token"]').content;
  let counter = 0;
  let busy = false;

  const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);

  function showStatus(text, isError) {
    status.textContent = text;
    status.hidden = !text;
    status.classList.toggle('error', !!isError);
  }

  function setBusy(value) {
    busy = value;
    document.body.classList.toggle('busy', value);
    if (value) showStatus(status.dataset.sending, false);
  }

  function scrollToEnd(element) {
    element.scrollIntoView({ block: 'end', behavior: 'smooth' });
  }

  function own(text) {
    const element = document.createElement('article');
    element.className = 'msg me';
    element.textContent = text;
    messages.append(element);
    scrollToEnd(element);
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
    text.innerHTML = message.html; // sanitised by the server (ChatHtml)
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
    let last = null;
    for (const message of result.messages) {
      const element = bubble(message);
      if (message.replacesSource && source && source.isConnected) {
        source.replaceWith(element);
        source = null;
      } else {
        messages.append(element);
      }
      last = element;
    }
    if (last) scrollToEnd(last);
  }

  async function send(body, source) {
    if (busy) return;
    setBusy(true);
    try {
      const response = await fetch('/chat/send', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
        body: JSON.stringify({ ...body, id: newId() }),
      });
      if (response.status === 401) {
        location.href = '/signin';
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      showStatus('', false);
      render(await response.json(), source);
    } catch {
      showStatus(status.dataset.error, true);
    } finally {
      setBusy(false);
    }
  }

  function sendText(text) {
    own(text);
    return send({ text });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    sendText(text);
  });

  document.querySelectorAll('[data-command]').forEach((button) =>
    button.addEventListener('click', () => { if (!busy) sendText(button.dataset.command); }));

  messages.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-payload]');
    if (!button || busy) return;
    send({ button: button.dataset.payload }, button.closest('article'));
  });

  send({ text: '/start' });
})();
