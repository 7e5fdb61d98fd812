import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { CALLBACK, createWixClient, getPage, loginAsDemo, startTestEmulator } from './helpers';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

describe('logout', () => {
  it('ends the session: hosted page clears the cookie and returns to an allowed postFlowUrl', async () => {
    const client = createWixClient();
    const { tokens, cookie } = await loginAsDemo(client);
    const { logoutUrl } = await client.auth.logout('http://localhost:3000/');
    expect(logoutUrl).toMatch(new RegExp(`^${emulator.publicUrl}/_wix/logout\\?session=`));
    expect(client.auth.loggedIn()).toBe(false);

    // Wix ends the member's session at once: the refresh token no longer renews.
    await expect(client.auth.renewToken(tokens.refreshToken)).rejects.toThrow(/invalid_grant/);

    const res = await getPage(logoutUrl, cookie);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('http://localhost:3000/');
    expect(res.headers.getSetCookie().join(';')).toMatch(/wix_emulator_login=;.*Max-Age=0/);

    // The server-side record is gone too: replaying the old cookie no longer signs in silently.
    const silent = createWixClient();
    const oauthData = silent.auth.generateOAuthData(CALLBACK);
    const { authUrl } = await silent.auth.getAuthUrl(oauthData, {
      responseMode: 'query',
      prompt: 'none',
    });
    const again = await getPage(authUrl, cookie);
    expect(new URL(again.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'login_required',
    );
  });

  it('refuses to return to a postFlowUrl outside allowedRedirectDomains, naming it escaped', async () => {
    const client = createWixClient();
    await loginAsDemo(client);
    const { logoutUrl } = await client.auth.logout('http://evil.example/<script>');
    const res = await getPage(logoutUrl);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('http://evil.example/&lt;script&gt;');
    expect(page).not.toContain('<script>');
  });

  it('works for a visitor too, without revoking anything', async () => {
    const client = createWixClient();
    const tokens = await client.auth.generateVisitorTokens();
    client.auth.setTokens(tokens);
    const { logoutUrl } = await client.auth.logout('http://127.0.0.1:3000/bye');
    expect((await getPage(logoutUrl)).headers.get('location')).toBe('http://127.0.0.1:3000/bye');
    await expect(client.auth.renewToken(tokens.refreshToken)).resolves.toBeTruthy();
  });
});
