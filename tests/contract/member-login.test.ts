import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import {
  CALLBACK,
  createWixClient,
  DEMO,
  getPage,
  loginAsDemo,
  loginCookie,
  postForm,
  signIn,
  startTestEmulator,
} from './helpers';

let emulator: RunningEmulator;
let now = Date.now();

beforeAll(async () => {
  emulator = await startTestEmulator({ clock: () => now });
});
afterAll(() => emulator.close());

/** A fresh client with an auth URL for the storefront callback. */
async function startLogin(
  opts: { responseMode?: 'query' | 'fragment'; prompt?: 'login' | 'none' } = {},
) {
  const client = createWixClient();
  const oauthData = client.auth.generateOAuthData(CALLBACK);
  const { authUrl } = await client.auth.getAuthUrl(oauthData, { responseMode: 'query', ...opts });
  const session = new URL(authUrl).searchParams.get('session') ?? '';
  return { client, oauthData, authUrl, session };
}

const locationOf = (res: Response) => new URL(res.headers.get('location') ?? 'about:blank');

describe('member login through the hosted page', () => {
  it('signs in the demo member and getCurrentMember returns them', async () => {
    const client = createWixClient();
    const { tokens } = await loginAsDemo(client);
    expect(tokens.refreshToken.role).toBe('member');
    expect(client.auth.loggedIn()).toBe(true);
    const { member } = await client.members.getCurrentMember();
    expect(member).toMatchObject({
      profile: { nickname: 'Demo Member', slug: 'demo-member' },
      status: 'UNKNOWN',
    });
    expect(member?._id).toBeTruthy();
    expect(member?._createdDate).toEqual(new Date('2024-01-15T09:30:00.000Z'));
    expect(member?.loginEmail).toBeUndefined();
  });

  it('returns every field with fieldsets FULL', async () => {
    const client = createWixClient();
    await loginAsDemo(client);
    const { member } = await client.members.getCurrentMember({ fieldsets: ['FULL'] });
    expect(member).toMatchObject({
      loginEmail: DEMO.email,
      loginEmailVerified: true,
      status: 'APPROVED',
      privacyStatus: 'PUBLIC',
      activityStatus: 'ACTIVE',
      contact: { firstName: 'Demo', lastName: 'Member', emails: [DEMO.email] },
    });
    expect(member?.lastLoginDate).toBeInstanceOf(Date);
  });

  it('refuses getCurrentMember with visitor tokens', async () => {
    const client = createWixClient();
    client.auth.setTokens(await client.auth.generateVisitorTokens());
    await expect(client.members.getCurrentMember()).rejects.toMatchObject({
      details: { applicationError: { code: 'PERMISSION_DENIED' } },
    });
  });

  it('re-renders the page with an error and the email kept on a wrong password', async () => {
    const { authUrl } = await startLogin();
    const res = await signIn(authUrl, { email: DEMO.email, password: 'nope' });
    expect(res.status).toBe(401);
    const page = await res.text();
    expect(page).toContain('Wrong email or password');
    expect(page).toContain(`value="${DEMO.email}"`);
  });

  it('answers fragment mode with the code in the fragment', async () => {
    const { client, oauthData, authUrl } = await startLogin({ responseMode: 'fragment' });
    const res = await signIn(authUrl);
    expect(res.status).toBe(303);
    const location = locationOf(res);
    expect(location.origin + location.pathname).toBe(CALLBACK);
    const { code, state } = client.auth.parseFromUrl(location.href, 'fragment');
    expect(state).toBe(oauthData.state);
    const tokens = await client.auth.getMemberTokens(code ?? '', state ?? '', oauthData);
    expect(tokens.refreshToken.role).toBe('member');
  });

  it('sends error=access_denied with the state on Cancel', async () => {
    const { client, authUrl, oauthData, session } = await startLogin();
    const page = await (await getPage(authUrl)).text();
    expect(page).toContain(`/_wix/login/cancel?session=${session}`);
    const res = await getPage(new URL(`/_wix/login/cancel?session=${session}`, authUrl));
    expect(res.status).toBe(302);
    const parsed = client.auth.parseFromUrl(locationOf(res).href, 'query');
    expect(parsed).toMatchObject({ error: 'access_denied', state: oauthData.state });
  });

  it('signs up a new member, who is then the current member', async () => {
    const { client, oauthData, authUrl, session } = await startLogin();
    const fields = {
      session,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'analytical',
    };
    const res = await postForm(new URL('/_wix/login/sign-up', authUrl), fields);
    expect(res.status).toBe(303);
    const { code, state } = client.auth.parseFromUrl(locationOf(res).href, 'query');
    client.auth.setTokens(await client.auth.getMemberTokens(code ?? '', state ?? '', oauthData));
    const { member } = await client.members.getCurrentMember({ fieldsets: ['FULL'] });
    expect(member).toMatchObject({
      loginEmail: 'ada@example.com',
      contact: { firstName: 'Ada', lastName: 'Lovelace' },
      profile: { nickname: 'Ada Lovelace', slug: 'ada-lovelace' },
    });
    const again = await postForm(new URL('/_wix/login/sign-up', authUrl), fields);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already exists');
  });

  it('refuses POSTs without a known session', async () => {
    const res = await postForm(`${emulator.publicUrl}/_wix/login/sign-in`, {
      email: DEMO.email,
      password: DEMO.password,
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('expired');
    expect((await getPage(`${emulator.publicUrl}/_wix/login?session=nope`)).status).toBe(400);
  });
});

describe('prompt=none and the emulator login session', () => {
  it('redirects with error=login_required without an emulator login session', async () => {
    const { client, authUrl } = await startLogin({ prompt: 'none' });
    const res = await getPage(authUrl);
    expect(res.status).toBe(302);
    expect(client.auth.parseFromUrl(locationOf(res).href, 'query')).toMatchObject({
      error: 'login_required',
    });
  });

  it('issues a code at once with an emulator login session, and offers "Continue as"', async () => {
    const { cookie } = await loginAsDemo(createWixClient());
    const silent = await startLogin({ prompt: 'none' });
    const res = await getPage(silent.authUrl, cookie);
    expect(res.status).toBe(302);
    const { code, state } = silent.client.auth.parseFromUrl(locationOf(res).href, 'query');
    const tokens = await silent.client.auth.getMemberTokens(
      code ?? '',
      state ?? '',
      silent.oauthData,
    );
    expect(tokens.refreshToken.role).toBe('member');

    const visible = await startLogin();
    expect(await (await getPage(visible.authUrl, cookie)).text()).toContain(
      'Continue as Demo Member',
    );
    const cont = await postForm(
      new URL('/_wix/login/continue', visible.authUrl),
      { session: visible.session },
      cookie,
    );
    expect(cont.status).toBe(303);
    expect(locationOf(cont).searchParams.get('code')).toBeTruthy();
  });
});

describe('refusals', () => {
  it('refuses a redirect URI that is not allowed for the app (getAuthUrl rejects)', async () => {
    const client = createWixClient();
    const oauthData = client.auth.generateOAuthData('http://evil.example/callback');
    await expect(client.auth.getAuthUrl(oauthData)).rejects.toThrow(
      /http:\/\/evil\.example\/callback/,
    );
  });

  it('refuses a bad PKCE verifier', async () => {
    const { client, oauthData, authUrl } = await startLogin();
    const { code, state } = client.auth.parseFromUrl(
      locationOf(await signIn(authUrl)).href,
      'query',
    );
    const tampered = { ...oauthData, codeVerifier: 'x'.repeat(43) };
    await expect(client.auth.getMemberTokens(code ?? '', state ?? '', tampered)).rejects.toThrow(
      /invalid_grant/,
    );
  });

  it('refuses a reused code', async () => {
    const { client, oauthData, authUrl } = await startLogin();
    const { code, state } = client.auth.parseFromUrl(
      locationOf(await signIn(authUrl)).href,
      'query',
    );
    await client.auth.getMemberTokens(code ?? '', state ?? '', oauthData);
    await expect(client.auth.getMemberTokens(code ?? '', state ?? '', oauthData)).rejects.toThrow(
      /invalid_grant/,
    );
  });

  it('refuses a code after 10 minutes', async () => {
    const { client, oauthData, authUrl } = await startLogin();
    const { code, state } = client.auth.parseFromUrl(
      locationOf(await signIn(authUrl)).href,
      'query',
    );
    now += 10 * 60 * 1000 + 1;
    try {
      await expect(client.auth.getMemberTokens(code ?? '', state ?? '', oauthData)).rejects.toThrow(
        /invalid_grant/,
      );
    } finally {
      now = Date.now();
    }
  });

  it('refuses a redirectUri other than the one the code was issued for', async () => {
    const { client, oauthData, authUrl } = await startLogin();
    const { code, state } = client.auth.parseFromUrl(
      locationOf(await signIn(authUrl)).href,
      'query',
    );
    const other = { ...oauthData, redirectUri: 'http://127.0.0.1:3000/auth/callback' };
    await expect(client.auth.getMemberTokens(code ?? '', state ?? '', other)).rejects.toThrow(
      /invalid_grant/,
    );
  });

  it('sets an HttpOnly, SameSite=Lax login cookie', async () => {
    const { authUrl } = await startLogin();
    const res = await signIn(authUrl);
    expect(loginCookie(res)).toMatch(/^wix_emulator_login=/);
    const header = res.headers.getSetCookie().join(';');
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Path=\//);
  });
});
