// Check-in pages. The projector page fetches a fresh QR code every 30 s (its address comes in a response header, so
// the text under the image always matches it) and reloads itself once the session's window has closed; the site
// poster's button prints it. No inline script: the pages' CSP allows scripts from this site only.
(() => {
  'use strict';
  const image = document.getElementById('checkin-qr');
  const address = document.getElementById('checkin-address');
  const printButton = document.getElementById('print');

  if (printButton) {
    printButton.addEventListener('click', () => window.print());
  }

  if (!image) {
    return;
  }

  const source = image.dataset.src;

  async function refresh() {
    let response;
    try {
      response = await fetch(source + '?t=' + Date.now(), { cache: 'no-store', credentials: 'same-origin' });
    } catch {
      return; // offline for a moment: keep the code shown and try again at the next tick
    }

    if (!response.ok) {
      // The window closed (or the session is gone): the page itself says so.
      window.location.reload();
      return;
    }

    const text = response.headers.get('X-CheckIn-Address');
    const blob = await response.blob();
    const reader = new FileReader();
    reader.onload = () => {
      // A data: URI, which the CSP allows for images (blob: it does not).
      image.src = reader.result;
      if (address && text) {
        address.textContent = text;
      }
    };
    reader.readAsDataURL(blob);
  }

  window.setInterval(refresh, 30000);
})();
