import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Stats } from '../admin/stats';
import { createApp } from '../app';
import type { EmulatorContext } from '../context';
import { EMULATOR_CLIENT_ID } from '../defaults';
import { createRedirectSession } from '../redirects/sessions';
import { Store } from '../store/store';

// Changes to an app between the redirect session and the return must take effect at once.
const CALLBACK = 'http://localhost:3000/auth/callback';
let ctx: EmulatorContext;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wix-emulator-unit-'));
  const store = await Store.open({
    dataDir,
    reset: false,
    siteOrigins: ['http://localhost:3000'],
    clock: Date.now,
  });
  ctx = {
    store,
    clock: Date.now,
    stats: new Stats(),
    config: { publicUrl: 'http://emu.test', accessTokenTtl: 60, dataDir },
  };
  app = createApp(ctx, null);
});

const seededApp = () => ctx.store.state.oauthApps[EMULATOR_CLIENT_ID]!;

function authSession(responseMode: 'query' | 'web_message' = 'query') {
  return createRedirectSession(ctx, {
    auth: {
      prompt: 'login',
      authRequest: {
        redirectUri: CALLBACK,
        clientId: EMULATOR_CLIENT_ID,
        codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        codeChallengeMethod: 'S256',
        responseMode,
        responseType: 'code',
        scope: 'offline_access',
        state: 's1',
      },
    },
  });
}

describe('hosted pages re-check the app at the moment of redirecting', () => {
  it('refuses to issue a code for a redirect URI removed from the app since', async () => {
    const session = authSession();
    seededApp().allowedRedirectUris = [];
    const body = new URLSearchParams({
      session: session.id,
      email: 'demo@example.com',
      password: 'demo-password',
    });
    const res = await app.request('/_wix/login/sign-in', { method: 'POST', body });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(CALLBACK);
    expect(Object.keys(ctx.store.state.authCodes)).toHaveLength(0);
  });

  it('refuses a logout return address whose domain was removed since', async () => {
    const session = createRedirectSession(ctx, {
      logout: { clientId: EMULATOR_CLIENT_ID, postFlowUrl: 'http://localhost:3000/' },
    });
    seededApp().allowedRedirectDomains = ['shop.example'];
    const res = await app.request(`/_wix/logout?session=${session.id}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('http://localhost:3000/');
  });

  it('escapes everything it echoes', async () => {
    const session = authSession();
    const body = new URLSearchParams({
      session: session.id,
      email: '"><script>x</script>',
      password: 'x',
    });
    const res = await app.request('/_wix/login/sign-in', { method: 'POST', body });
    expect(res.status).toBe(401);
    const page = await res.text();
    expect(page).not.toContain('<script>x');
    expect(page).toContain('&quot;&gt;&lt;script&gt;');
  });
});

describe('web_message response mode', () => {
  it('posts the code and state to the parent window instead of redirecting', async () => {
    const session = authSession('web_message');
    const body = new URLSearchParams({
      session: session.id,
      email: 'demo@example.com',
      password: 'demo-password',
    });
    const res = await app.request('/_wix/login/sign-in', { method: 'POST', body });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(
      /parent\.postMessage\(\{"code":"OauthNG\.ACS\.[\w-]+","state":"s1"\}, "http:\/\/localhost:3000"\)/,
    );
  });
});
