import { html } from 'hono/html';
import type { Html } from '../pages/layout';
import type { OAuthApp } from '../store/schema';
import { clientPath, dashboardLayout, DASHBOARD_PATH } from './layout';

export const APP_TYPE_LABELS = { WEB_APP: 'Web app', MOBILE: 'Mobile app', OTHER: 'Other' };
export type DashboardAppType = keyof typeof APP_TYPE_LABELS;

const csrfField = (token: string) => html`<input type="hidden" name="csrf" value="${token}" />`;

export function errorList(errors: string[]): Html | string {
  if (!errors.length) return '';
  return html`<div class="error" role="alert">
    <p><strong>Please fix the following:</strong></p>
    <ul>
      ${errors.map((e) => html`<li>${e}</li>`)}
    </ul>
  </div>`;
}

const dateOf = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

function clientRows(apps: OAuthApp[]): Html {
  if (!apps.length) return html`<p>No headless clients yet. Create one below.</p>`;
  return html`<table aria-labelledby="clients-heading">
    <caption class="badge">
      ${apps.length} client${apps.length === 1 ? '' : 's'}
    </caption>
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Client ID</th>
        <th scope="col">Created</th>
        <th scope="col">Actions</th>
      </tr>
    </thead>
    <tbody>
      ${apps.map(
        (app) =>
          html`<tr>
            <td>${app.name}</td>
            <td><code>${app.id}</code></td>
            <td>${dateOf(app.createdDate)}</td>
            <td class="actions">
              <a href="${clientPath(app.id)}" aria-label="Edit ${app.name}">Edit</a>
              <a href="${clientPath(app.id)}/delete" aria-label="Delete ${app.name}">Delete</a>
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export interface ListModel {
  apps: OAuthApp[];
  csrf: string;
  notice?: string;
  errors?: string[];
  form?: { name: string; type: string };
}

export function listPage(m: ListModel): Html {
  const type = m.form?.type ?? 'WEB_APP';
  const options = Object.entries(APP_TYPE_LABELS).map(
    ([value, label]) =>
      html`<option value="${value}" ${value === type ? 'selected' : ''}>${label}</option>`,
  );
  return dashboardLayout(
    'Headless Settings',
    html`<h1>Headless Settings</h1>
      <p>The OAuth apps (headless clients) allowed to connect to this emulated Wix site.</p>
      ${m.notice ? html`<p class="status" role="status">${m.notice}</p>` : ''}
      <h2 id="clients-heading">Headless clients</h2>
      ${clientRows(m.apps)}
      <h2 id="create-heading">Create a headless client</h2>
      ${errorList(m.errors ?? [])}
      <form method="post" action="${DASHBOARD_PATH}/clients" aria-labelledby="create-heading">
        ${csrfField(m.csrf)}
        <label for="create-name">Name</label>
        <input
          id="create-name"
          name="name"
          required
          minlength="2"
          maxlength="256"
          value="${m.form?.name ?? ''}"
        />
        <label for="create-type">Type</label>
        <select id="create-type" name="type">
          ${options}
        </select>
        <button type="submit">Create client</button>
      </form>`,
  );
}

export interface EditModel {
  app: OAuthApp;
  csrf: string;
  saved?: boolean;
  errors?: string[];
  values?: Record<string, string>;
}

function field(id: string, label: string, value: string, hint: string, multiline = false): Html {
  const hintId = `${id}-hint`;
  const control = multiline
    ? html`<textarea id="${id}" name="${id}" aria-describedby="${hintId}">${value}</textarea>`
    : html`<input id="${id}" name="${id}" value="${value}" aria-describedby="${hintId}" />`;
  return html`<label for="${id}">${label}</label>
    ${control}
    <p class="hint" id="${hintId}">${hint}</p>`;
}

export function editPage(m: EditModel): Html {
  const { app } = m;
  const v = m.values ?? {
    name: app.name,
    redirectDomains: app.allowedRedirectDomains.join('\n'),
    redirectUris: app.allowedRedirectUris.join('\n'),
    loginUrl: app.loginUrl ?? '',
    logoutUrl: app.logoutUrl ?? '',
  };
  return dashboardLayout(
    `Edit ${app.name}`,
    html`<h1>Edit ${app.name}</h1>
      <p>Client ID: <code>${app.id}</code></p>
      ${m.saved ? html`<p class="status" role="status">Saved.</p>` : ''}
      ${errorList(m.errors ?? [])}
      <form method="post" action="${clientPath(app.id)}" aria-label="Client settings">
        ${csrfField(m.csrf)} ${field('name', 'Name', v.name ?? '', '2 to 256 characters.')}
        ${field('redirectDomains', 'Allowed redirect domains', v.redirectDomains ?? '', 'One host[:port] per line, e.g. localhost:3000. Used for returns after logout and checkout.', true)}
        ${field('redirectUris', 'Allowed authorization redirect URIs', v.redirectUris ?? '', 'One absolute http(s) URL per line, matched exactly, e.g. http://localhost:3000/auth/callback.', true)}
        ${field('loginUrl', 'Login URL', v.loginUrl ?? '', 'Optional absolute http(s) URL of your own login page.')}
        ${field('logoutUrl', 'Logout URL', v.logoutUrl ?? '', 'Optional absolute http(s) URL called when a member logs out at Wix.')}
        <button type="submit">Save changes</button>
      </form>
      <h2>Delete</h2>
      <p><a href="${clientPath(app.id)}/delete">Delete this client</a></p>
      <p><a href="${DASHBOARD_PATH}">Back to Headless Settings</a></p>`,
  );
}

export function confirmDeletePage(app: OAuthApp, csrf: string): Html {
  return dashboardLayout(
    `Delete ${app.name}`,
    html`<h1>Delete ${app.name}?</h1>
      <p>Client ID: <code>${app.id}</code></p>
      <p class="warning">
        The client ID stops working at once: visitors and members signed in through it lose their
        sessions. This cannot be undone.
      </p>
      <form method="post" action="${clientPath(app.id)}/delete" aria-label="Confirm deletion">
        ${csrfField(csrf)}
        <button type="submit" class="danger">Delete client</button>
      </form>
      <p><a href="${DASHBOARD_PATH}">Cancel</a></p>`,
  );
}
