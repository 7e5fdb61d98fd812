import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { createWixClient, startTestEmulator } from './helpers';

let emulator: RunningEmulator;
let now = Date.now();

beforeAll(async () => {
  emulator = await startTestEmulator({ clock: () => now, accessTokenTtl: 600 });
});
afterAll(() => emulator.close());

const postToken = (body: string, contentType = 'application/json') =>
  fetch(`${emulator.url}/oauth2/token`, {
    method: 'POST',
    body,
    headers: { 'content-type': contentType },
  });

describe('POST /oauth2/token through the SDK', () => {
  it('issues realistic visitor tokens with the configured lifetime', async () => {
    const tokens = await createWixClient().auth.generateVisitorTokens();
    expect(tokens.accessToken.value).toMatch(/^OauthNG\.JWS\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(tokens.accessToken.value.length).toBeGreaterThan(500);
    expect(tokens.refreshToken.value).toMatch(/^OauthNG\.JWS\./);
    expect(tokens.refreshToken.role).toBe('visitor');
    expect(tokens.accessToken.expiresAt - Math.floor(Date.now() / 1000)).toBeGreaterThan(590);
  });

  it('renews an access token with the refresh token, keeping the refresh token', async () => {
    const client = createWixClient();
    const tokens = await client.auth.generateVisitorTokens();
    const renewed = await client.auth.renewToken(tokens.refreshToken);
    expect(renewed.refreshToken.value).toBe(tokens.refreshToken.value);
    expect(renewed.accessToken.value).toMatch(/^OauthNG\.JWS\./);
  });

  it('refuses an unknown client id', async () => {
    const client = createWixClient('00000000-0000-0000-0000-00000000dead');
    await expect(client.auth.generateVisitorTokens()).rejects.toThrow(/invalid_client/);
  });

  it('refuses an unknown refresh token', async () => {
    const client = createWixClient();
    await expect(
      client.auth.renewToken({ value: 'OauthNG.JWS.a.b.c', role: 'visitor' as never }),
    ).rejects.toThrow(/invalid_grant/);
  });

  it('answers a module call with an expired access token with 401 TOKEN_EXPIRED', async () => {
    const client = createWixClient();
    const tokens = await client.auth.generateVisitorTokens();
    now += 601_000;
    const res = await fetch(`${emulator.url}/members/v1/members/my`, {
      headers: { authorization: tokens.accessToken.value },
    });
    now = Date.now();
    expect(res.status).toBe(401);
    expect(res.headers.get('x-wix-request-id')).toBeTruthy();
    expect((await res.json()).details.applicationError.code).toBe('TOKEN_EXPIRED');
  });
});

describe('token endpoint wire details', () => {
  it('accepts snake_case and form-encoded bodies', async () => {
    const form = await postToken(
      new URLSearchParams({ grant_type: 'anonymous', client_id: emulator.clientId }).toString(),
      'application/x-www-form-urlencoded',
    );
    expect(form.status).toBe(200);
    const json = await postToken(
      JSON.stringify({ grant_type: 'anonymous', client_id: emulator.clientId }),
    );
    expect(await json.json()).toMatchObject({
      token_type: 'Bearer',
      scope: 'offline_access',
      expires_in: 600,
    });
  });

  it.each([
    ['malformed JSON', '{"grantType":'],
    ['an array', '[]'],
    ['wrong types', '{"grantType":42,"clientId":true}'],
    ['an empty body', ''],
  ])('answers %s with 400 invalid_request and a request id', async (_name, body) => {
    const res = await postToken(body);
    expect(res.status).toBe(400);
    expect(res.headers.get('x-wix-request-id')).toBeTruthy();
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('answers an unsupported grant with unsupported_grant_type', async () => {
    const res = await postToken(
      JSON.stringify({ grantType: 'client_credentials', clientId: emulator.clientId }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('Wix-style errors and emulator endpoints', () => {
  it('answers an unknown route with a 404 Wix error', async () => {
    const res = await fetch(`${emulator.url}/stores/v9/nothing?x=1`, { method: 'POST', body: '{' });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-wix-request-id')).toBeTruthy();
    expect((await res.json()).details.applicationError.code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON on a module call with a 400 validation error, not a 500', async () => {
    const { accessToken } = await createWixClient().auth.generateVisitorTokens();
    for (const body of ['{not json', '"a string"', '{"auth":{"authRequest":{"redirectUri":7}}}']) {
      const res = await fetch(`${emulator.url}/_api/redirects-api/v1/redirect-session`, {
        method: 'POST',
        body,
        headers: { authorization: accessToken.value, 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('x-wix-request-id')).toBeTruthy();
      expect((await res.json()).details.validationError.fieldViolations.length).toBeGreaterThan(0);
    }
  });

  it('refuses intents the emulator does not speak yet', async () => {
    const client = createWixClient();
    await expect(
      client.redirects.createRedirectSession({
        paidPlansCheckout: { planId: '0d4b5c6a-1111-4222-8333-444455556666' },
      }),
    ).rejects.toMatchObject({ details: { applicationError: { code: 'INTENT_NOT_SUPPORTED' } } });
  });

  it('reports health and counts requests and grants', async () => {
    await fetch(`${emulator.url}/__emulator/stats/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await createWixClient().auth.generateVisitorTokens();
    const health = await (await fetch(`${emulator.url}/__emulator/health`)).json();
    expect(health).toEqual({ ok: true, clientId: emulator.clientId, dataDir: emulator.dataDir });
    const stats = await (await fetch(`${emulator.url}/__emulator/stats`)).json();
    expect(stats).toEqual({
      requests: { total: 1, byPath: { '/oauth2/token': 1 } },
      grants: { anonymous: 1 },
      catalog: { total: 0, byPath: {} },
    });
  });
});
