import { oAuthApps } from '@wix/auth-management';
import { ApiKeyStrategy, createClient } from '@wix/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_ADMIN_API_KEY, EMULATOR_SITE_ID } from '@/emulator/oauth-apps/defaults';
import type { RunningEmulator } from '@/emulator/server';
import {
  CALLBACK,
  createWixClient,
  getPage,
  loginAsDemo,
  signIn,
  startTestEmulator,
} from './helpers';

// Changes made through the OAuth Apps API take effect at once on tokens, logins and logouts.
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const admin = createClient({
  modules: { oAuthApps },
  auth: ApiKeyStrategy({ apiKey: EMULATOR_ADMIN_API_KEY, siteId: EMULATOR_SITE_ID }),
}).oAuthApps;
const deleteApp = (id: string) =>
  (admin as unknown as { deleteOAuthApp(id: string): Promise<void> }).deleteOAuthApp(id);

const OTHER_CALLBACK = 'http://127.0.0.1:3000/auth/callback';

async function newApp(name: string) {
  const app = await admin.createOAuthApp({
    name,
    allowedRedirectUris: [CALLBACK, OTHER_CALLBACK],
    allowedRedirectDomains: ['localhost:3000', '127.0.0.1:3000'],
  });
  return app._id!;
}

describe('OAuth app rules bite at once', () => {
  it('a deleted app: no new tokens, old access tokens 401, refresh tokens refused', async () => {
    const clientId = await newApp('Deleted soon');
    const client = createWixClient(clientId);
    const { tokens } = await loginAsDemo(client);
    await expect(client.members.getCurrentMember()).resolves.toMatchObject({
      member: { _id: expect.any(String) },
    });

    await deleteApp(clientId);

    await expect(createWixClient(clientId).auth.generateVisitorTokens()).rejects.toThrow(
      /invalid_client/,
    );
    const error = await client.members.getCurrentMember().then(
      () => null,
      (e: { status?: number }) => e,
    );
    expect(error?.status).toBe(401);
    await expect(client.auth.renewToken(tokens.refreshToken)).rejects.toThrow(
      /invalid_client|invalid_grant/,
    );
  });

  it('a removed redirect URI: refused by getAuthUrl and by an already open login page', async () => {
    const clientId = await newApp('Narrowed');
    const client = createWixClient(clientId);
    const oauthData = client.auth.generateOAuthData(CALLBACK);
    const { authUrl } = await client.auth.getAuthUrl(oauthData, { responseMode: 'query' });

    await admin.updateOAuthApp(clientId, { allowedRedirectUris: [OTHER_CALLBACK] }, [
      'allowedRedirectUris',
    ]);

    await expect(
      client.auth.getAuthUrl(client.auth.generateOAuthData(CALLBACK), { responseMode: 'query' }),
    ).rejects.toThrow(/not in the allowedRedirectUris/);
    const res = await signIn(authUrl);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('is no longer allowed');

    // The URI still listed keeps working.
    const other = client.auth.generateOAuthData(OTHER_CALLBACK);
    await expect(client.auth.getAuthUrl(other, { responseMode: 'query' })).resolves.toBeTruthy();
  });

  it('a removed return domain: the hosted logout page refuses the postFlowUrl', async () => {
    const clientId = await newApp('Fewer domains');
    const client = createWixClient(clientId);
    await loginAsDemo(client);
    const { logoutUrl } = await client.auth.logout('http://localhost:3000/');

    await admin.updateOAuthApp(clientId, { allowedRedirectDomains: ['127.0.0.1:3000'] }, [
      'allowedRedirectDomains',
    ]);

    const res = await getPage(logoutUrl);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('http://localhost:3000/ is not in this app');
  });
});
