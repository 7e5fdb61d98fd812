import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';

let emulator: RunningEmulator;
let origin: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  origin = emulator.url;
});
afterAll(() => emulator.close());

const DASHBOARD = '/_dashboard/headless-settings';
const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
    headers: { origin, ...headers },
  });
}

async function csrfOf(path: string): Promise<string> {
  const page = await (await get(path)).text();
  const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
  expect(token).toBeDefined();
  return token ?? '';
}

async function createClientViaForm(name: string) {
  const csrf = await csrfOf(DASHBOARD);
  return post(`${DASHBOARD}/clients`, { csrf, name, type: 'MOBILE' });
}

describe('Headless Settings dashboard', () => {
  it('lists the seeded client with its id, and is locked down', async () => {
    const res = await get(DASHBOARD);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('<h1>Headless Settings</h1>');
    expect(page).toContain('Storefront (emulator)');
    expect(page).toContain(EMULATOR_CLIENT_ID);
    expect(page).toContain('<label for="create-name">Name</label>');
  });

  it('answers only under its own host name (DNS rebinding guard)', async () => {
    // fetch cannot set Host, so a plain http request stands in for a rebound browser.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${origin}${DASHBOARD}`, { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject).end();
    });
    expect(status).toBe(403);
  });

  it('creates a client and shows its secret once, escaped, only in the POST response', async () => {
    const res = await createClientViaForm('<b>Mobile</b> app');
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    const page = await res.text();
    expect(page).toContain('&lt;b&gt;Mobile&lt;/b&gt; app');
    expect(page).not.toContain('<b>Mobile</b>');
    const id = /<code id="client-id">([^<]+)<\/code>/.exec(page)?.[1] ?? '';
    const secret = /<code id="client-secret">([^<]+)<\/code>/.exec(page)?.[1] ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(secret.length).toBeGreaterThan(30);
    expect(page).toContain('It will not be shown again');
    expect(page).toContain('>Copy secret</button>');
    const nonce = /<script nonce="([^"]+)">/.exec(page)?.[1];
    expect(res.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);

    const list = await (await get(DASHBOARD)).text();
    expect(list).toContain(id);
    expect(list).not.toContain(secret);
    const edit = await (await get(`${DASHBOARD}/clients/${id}`)).text();
    expect(edit).not.toContain(secret);
  });

  it('refuses a POST without a valid single-use CSRF token or from another origin', async () => {
    const noToken = await post(`${DASHBOARD}/clients`, { name: 'No token' });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toContain('role="alert"');

    const csrf = await csrfOf(DASHBOARD);
    const crossSite = await post(
      `${DASHBOARD}/clients`,
      { csrf, name: 'Cross' },
      { origin: 'http://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    // The token was spent by the refused attempt too.
    expect((await post(`${DASHBOARD}/clients`, { csrf, name: 'Reuse' })).status).toBe(403);

    const fresh = await csrfOf(DASHBOARD);
    expect((await post(`${DASHBOARD}/clients`, { csrf: fresh, name: 'Fresh' })).status).toBe(200);
    expect((await post(`${DASHBOARD}/clients`, { csrf: fresh, name: 'Again' })).status).toBe(403);
  });

  it('shows validation problems in an alert and keeps what was typed', async () => {
    const res = await createClientViaForm('x');
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('Name must be 2 to 256 characters.');
  });

  it('edits the redirect domains, URIs and URLs, one per line', async () => {
    const created = await (await createClientViaForm('Editable')).text();
    const id = /<code id="client-id">([^<]+)<\/code>/.exec(created)?.[1] ?? '';
    const path = `${DASHBOARD}/clients/${id}`;
    const bad = await post(path, {
      csrf: await csrfOf(path),
      name: 'Editable',
      redirectDomains: 'localhost:3000\r\nhttps://nope.example',
      redirectUris: 'http://localhost:3000/auth/callback',
      loginUrl: '',
      logoutUrl: '',
    });
    expect(bad.status).toBe(400);
    const badPage = await bad.text();
    expect(badPage).toContain('Allowed redirect domains, entry 2 (https://nope.example)');
    expect(badPage).toContain('https://nope.example</textarea>');

    const ok = await post(path, {
      csrf: await csrfOf(path),
      name: 'Edited',
      redirectDomains: 'localhost:3000\n\nshop.example',
      redirectUris: 'http://localhost:3000/auth/callback\nhttps://shop.example/auth/callback',
      loginUrl: 'https://shop.example/login',
      logoutUrl: '',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`${path}?saved=1`);
    const page = await (await get(`${path}?saved=1`)).text();
    expect(page).toContain('role="status">Saved.');
    expect(page).toContain('localhost:3000\nshop.example</textarea>');
    expect(page).toContain('value="https://shop.example/login"');
  });

  it('deletes only after the confirmation page', async () => {
    const created = await (await createClientViaForm('Doomed')).text();
    const id = /<code id="client-id">([^<]+)<\/code>/.exec(created)?.[1] ?? '';
    const confirmPath = `${DASHBOARD}/clients/${id}/delete`;
    const confirm = await (await get(confirmPath)).text();
    expect(confirm).toContain('<h1>Delete Doomed?</h1>');
    expect(confirm).toContain('>Delete client</button>');
    expect((await get(DASHBOARD).then((r) => r.text())).includes(id)).toBe(true);

    const csrf = /name="csrf" value="([^"]+)"/.exec(confirm)?.[1] ?? '';
    const res = await post(confirmPath, { csrf });
    expect(res.status).toBe(303);
    const list = await (await get(res.headers.get('location') ?? '')).text();
    expect(list).toContain('Deleted the client “Doomed”.');
    expect(list).not.toContain(id);
    expect((await get(`${DASHBOARD}/clients/${id}`)).status).toBe(404);
  });
});
