import { html, raw } from 'hono/html';
import type { Html } from '../pages/layout';
import type { OAuthApp } from '../store/schema';
import { clientPath, dashboardLayout, DASHBOARD_PATH } from './layout';

// The dashboard's only script; runs under a per-response CSP nonce.
const COPY_SCRIPT = `
document.getElementById('copy-secret').addEventListener('click', function () {
  var secret = document.getElementById('client-secret').textContent;
  var status = document.getElementById('copy-status');
  navigator.clipboard.writeText(secret).then(
    function () { status.textContent = 'Copied to the clipboard.'; },
    function () { status.textContent = 'Copying failed: select the secret and copy it by hand.'; }
  );
});`;

/** Rendered in the POST response only: the secret is never in a URL, cookie or later page. */
export function createdPage(app: OAuthApp, secret: string | null, nonce: string): Html {
  const secretBlock = secret
    ? html`<dt>Client secret</dt>
        <dd><code id="client-secret">${secret}</code></dd>`
    : '';
  const warning = secret
    ? html`<p class="warning" role="alert">
          Copy the client secret now. It will not be shown again: the emulator keeps only a hash of
          it.
        </p>
        <button type="button" id="copy-secret">Copy secret</button>
        <p id="copy-status" role="status"></p>`
    : '';
  const script = secret
    ? html`<script nonce="${nonce}">
        ${raw(COPY_SCRIPT)};
      </script>`
    : undefined;
  return dashboardLayout(
    'Client created',
    html`<h1>Client created</h1>
      <dl>
        <dt>Name</dt>
        <dd>${app.name}</dd>
        <dt>Client ID</dt>
        <dd><code id="client-id">${app.id}</code></dd>
        ${secretBlock}
      </dl>
      ${warning}
      <p><a href="${clientPath(app.id)}">Edit allowed redirects and URLs</a></p>
      <p><a href="${DASHBOARD_PATH}">Back to Headless Settings</a></p>`,
    script,
  );
}

export function problemPage(title: string, message: string): Html {
  return dashboardLayout(
    title,
    html`<h1>${title}</h1>
      <p class="error" role="alert">${message}</p>
      <p><a href="${DASHBOARD_PATH}">Back to Headless Settings</a></p>`,
  );
}
