import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, OAuthStrategy } from '@wix/sdk';
import { members } from '@wix/members';
import { redirects } from '@wix/redirects';
import { expect } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '@/emulator/server';
import { installWixReroute } from '@/lib/wix/reroute';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';

export const DEMO = { email: 'demo@example.com', password: 'demo-password' };
export const CALLBACK = 'http://localhost:3000/auth/callback';

export const tempDataDir = () => mkdtemp(path.join(tmpdir(), 'wix-emulator-'));

/** An emulator on a random port with a fresh data dir, with the SDK's hosts rerouted to it. */
export async function startTestEmulator(
  options: Partial<EmulatorOptions> = {},
): Promise<RunningEmulator> {
  const emulator = await startEmulator({
    port: 0,
    dataDir: await tempDataDir(),
    log: false,
    ...options,
  });
  installWixReroute(emulator.url);
  return emulator;
}

export const createWixClient = (clientId = EMULATOR_CLIENT_ID) =>
  createClient({ modules: { members, redirects }, auth: OAuthStrategy({ clientId }) });

export type WixClient = ReturnType<typeof createWixClient>;

/** A POST of a hosted-page form, not following the redirect, so the test sees the Location. */
export function postForm(url: string | URL, fields: Record<string, string>, cookie?: string) {
  return fetch(url, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
}

export const getPage = (url: string | URL, cookie?: string) =>
  fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });

/** `name=value` of the emulator's login cookie from a response, for later requests. */
export function loginCookie(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('wix_emulator_login='));
  expect(header).toBeDefined();
  return (header ?? '').split(';')[0] ?? '';
}

/** Opens the hosted login page of `authUrl` and signs in with the given credentials. */
export async function signIn(authUrl: string, credentials = DEMO) {
  const page = await getPage(authUrl);
  expect(page.status).toBe(200);
  const session = new URL(authUrl).searchParams.get('session') ?? '';
  return postForm(new URL('/_wix/login/sign-in', authUrl), { session, ...credentials });
}

/** The full login round trip the storefront does: auth URL, hosted page, code exchange. */
export async function loginAsDemo(client: WixClient) {
  const oauthData = client.auth.generateOAuthData(CALLBACK);
  const { authUrl } = await client.auth.getAuthUrl(oauthData, { responseMode: 'query' });
  const res = await signIn(authUrl);
  const location = new URL(res.headers.get('location') ?? '');
  const { code, state } = client.auth.parseFromUrl(location.href, 'query');
  const tokens = await client.auth.getMemberTokens(code ?? '', state ?? '', oauthData);
  client.auth.setTokens(tokens);
  return { tokens, cookie: loginCookie(res) };
}
