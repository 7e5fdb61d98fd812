import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { oAuthApps } from '@wix/auth-management';
import { ApiKeyStrategy, createClient } from '@wix/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import { EMULATOR_ADMIN_API_KEY, EMULATOR_SITE_ID } from '@/emulator/oauth-apps/defaults';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const adminClient = (
  apiKey = EMULATOR_ADMIN_API_KEY,
  siteId: string | undefined = EMULATOR_SITE_ID,
) => createClient({ modules: { oAuthApps }, auth: ApiKeyStrategy({ apiKey, siteId }) });
// The published typings omit these (@internal), but the module exports them at runtime.
type Hidden = {
  deleteOAuthApp(id: string): Promise<void>;
  generateOAuthAppSecret(id: string): Promise<{ oAuthAppSecret: string }>;
  getOAuthAppSecret(id: string): Promise<{ oAuthAppSecret: string }>;
};
const admin = adminClient().oAuthApps;
const hidden = admin as unknown as Hidden;

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { status: number; details: Record<string, unknown>; message: string },
  );
  expect(error).not.toBeNull();
  return error!;
};
const appCode = (e: { details: Record<string, unknown> }) =>
  (e.details.applicationError as { code: string }).code;
const violations = (e: { details: Record<string, unknown> }) =>
  (e.details.validationError as { fieldViolations: { field: string; description: string }[] })
    .fieldViolations;

describe('OAuth Apps API: admin authentication', () => {
  it('refuses a missing or wrong API key with 401', async () => {
    const wrong = await rejection(
      adminClient('IST.wrong').oAuthApps.getOAuthApp(EMULATOR_CLIENT_ID),
    );
    expect(wrong.status).toBe(401);
    expect(appCode(wrong)).toBe('UNAUTHENTICATED');
    const res = await fetch(`${emulator.url}/oauth-app/v1/oauth-apps/query`, {
      method: 'POST',
      body: '{}',
    });
    expect(res.status).toBe(401);
  });

  it('refuses the right key with a missing or wrong site id with 403', async () => {
    const other = adminClient(EMULATOR_ADMIN_API_KEY, 'another-site').oAuthApps;
    expect((await rejection(other.getOAuthApp(EMULATOR_CLIENT_ID))).status).toBe(403);
    const none = adminClient(EMULATOR_ADMIN_API_KEY, '').oAuthApps;
    const missing = await rejection(none.queryOAuthApps().find());
    expect(missing.status).toBe(403);
    expect(appCode(missing)).toBe('PERMISSION_DENIED');
  });

  it('does not accept a visitor access token as an API key', async () => {
    const token = await fetch(`${emulator.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: EMULATOR_CLIENT_ID, grantType: 'anonymous' }),
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const res = await fetch(`${emulator.url}/oauth-app/v1/oauth-apps/${EMULATOR_CLIENT_ID}`, {
      headers: { authorization: token.access_token, 'wix-site-id': EMULATOR_SITE_ID },
    });
    expect(res.status).toBe(401);
  });
});

describe('OAuth Apps API: create, get, query, update, delete', () => {
  it('creates an app, returning its secret once', async () => {
    const app = await admin.createOAuthApp({
      name: 'Contract shop',
      description: 'made by a test',
      allowedRedirectUris: ['http://localhost:3000/auth/callback'],
      allowedRedirectDomains: ['localhost:3000'],
      loginUrl: 'http://localhost:3000/login',
      applicationType: 'WEB_APP',
      technology: 'REACT',
    });
    expect(app._id).toMatch(/^[0-9a-f-]{36}$/);
    expect(app._createdDate).toBeInstanceOf(Date);
    expect(app.secret).toMatch(/^[\w-]{40,}$/);
    expect(app).toMatchObject({
      name: 'Contract shop',
      technology: 'REACT',
      allowSecretGeneration: false,
    });

    const got = await admin.getOAuthApp(app._id!);
    expect(got.secret).toBeNull();
    expect(got).toMatchObject({
      name: 'Contract shop',
      allowedRedirectDomains: ['localhost:3000'],
    });
    const queried = await admin.queryOAuthApps().eq('_id', app._id).find();
    expect(queried.items.map((a) => a.secret)).toEqual([null]);
    const updated = await admin.updateOAuthApp(app._id!, { name: 'Renamed shop' }, ['name']);
    expect(updated.secret).toBeNull();

    // A second secret is refused: create already issued the one secret.
    const again = await rejection(hidden.generateOAuthAppSecret(app._id!));
    expect(appCode(again)).toBe('SECRET_ALREADY_GENERATED');
    const read = await rejection(hidden.getOAuthAppSecret(app._id!));
    expect(read.status).toBe(403);
    expect(appCode(read)).toBe('SECRET_NOT_RETRIEVABLE');

    await emulator.close(); // flushes state.json
    const stateFile = await readFile(path.join(emulator.dataDir, 'state.json'), 'utf8');
    expect(stateFile).not.toContain(app.secret!);
    expect(stateFile).toContain('scrypt$');
    emulator = await startTestEmulator({ dataDir: emulator.dataDir, port: emulator.port });
  });

  it('generates a secret once for an app created without one', async () => {
    const app = await admin.createOAuthApp({ name: 'Later secret', allowSecretGeneration: true });
    expect(app.secret).toBeNull();
    expect(app.allowSecretGeneration).toBe(true);
    const { oAuthAppSecret } = await hidden.generateOAuthAppSecret(app._id!);
    expect(oAuthAppSecret).toMatch(/^[\w-]{40,}$/);
    expect((await admin.getOAuthApp(app._id!)).allowSecretGeneration).toBe(false);
    const second = await rejection(hidden.generateOAuthAppSecret(app._id!));
    expect(second.status).toBe(400);
  });

  it('validates names, redirect URIs, domains and URLs with Wix field violations', async () => {
    const tooShort = await rejection(admin.createOAuthApp({ name: 'x' }));
    expect(violations(tooShort)).toEqual([
      expect.objectContaining({
        field: 'oAuthApp.name',
        description: 'must be 2 to 256 characters',
      }),
    ]);
    const bad = await rejection(
      admin.createOAuthApp({
        name: 'Bad lists',
        allowedRedirectUris: [
          'http://ok.test/cb',
          'https://ok.test/cb2',
          'http://x.test/cb#frag',
          'https://*.x.test/cb',
          'ftp://x.test/',
          '/relative',
        ],
        allowedRedirectDomains: [
          'shop.test',
          'http://shop.test',
          'shop.test/path',
          '*.shop.test',
          'localhost:3000',
        ],
        loginUrl: 'not a url',
        logoutUrl: 'javascript:alert(1)',
      }),
    );
    expect(bad.status).toBe(400);
    expect(
      violations(bad)
        .map((v) => v.field)
        .sort(),
    ).toEqual(
      [
        'oAuthApp.allowedRedirectUris[2]',
        'oAuthApp.allowedRedirectUris[3]',
        'oAuthApp.allowedRedirectUris[4]',
        'oAuthApp.allowedRedirectUris[5]',
        'oAuthApp.allowedRedirectDomains[1]',
        'oAuthApp.allowedRedirectDomains[2]',
        'oAuthApp.allowedRedirectDomains[3]',
        'oAuthApp.loginUrl',
        'oAuthApp.logoutUrl',
      ].sort(),
    );
    expect(bad.message).toContain('allowedRedirectUris[2]\\" must not contain a fragment');
    const many = Array.from({ length: 21 }, (_, i) => `http://localhost:3000/cb${i}`);
    const tooMany = await rejection(
      admin.createOAuthApp({ name: 'Many', allowedRedirectUris: many }),
    );
    expect(violations(tooMany)[0]?.description).toBe('must have at most 20 entries, got 21');
  });

  it('updates only the masked fields and refuses other mask paths, naming them', async () => {
    const app = await admin.createOAuthApp({
      name: 'Masked',
      description: 'keep me',
      loginUrl: 'http://a.test/login',
    });
    const updated = await admin.updateOAuthApp(
      app._id!,
      { name: 'Masked 2', description: 'ignored', allowedRedirectUris: ['http://a.test/cb'] },
      ['name', 'allowedRedirectUris', 'loginUrl'],
    );
    expect(updated).toMatchObject({
      name: 'Masked 2',
      description: 'keep me',
      allowedRedirectUris: ['http://a.test/cb'],
      loginUrl: null, // masked but absent: cleared
    });
    const refused = await rejection(
      admin.updateOAuthApp(app._id!, { technology: 'VUE' }, ['technology']),
    );
    expect(violations(refused)[0]).toMatchObject({ field: 'mask' });
    expect(violations(refused)[0]?.description).toContain('"technology" cannot be updated');
    const invalid = await rejection(
      admin.updateOAuthApp(app._id!, { allowedRedirectDomains: ['https://a.test'] }, [
        'allowedRedirectDomains',
      ]),
    );
    expect(violations(invalid)[0]?.field).toBe('oAuthApp.allowedRedirectDomains[0]');
    expect((await admin.getOAuthApp(app._id!)).allowedRedirectDomains).toEqual([]);
  });

  it('answers 404 for unknown ids on every call', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const calls = [
      () => admin.getOAuthApp(id),
      () => admin.updateOAuthApp(id, { name: 'Nope' }, ['name']),
      () => hidden.deleteOAuthApp(id),
      () => hidden.generateOAuthAppSecret(id),
    ];
    for (const call of calls) {
      const error = await rejection(call());
      expect(error.status).toBe(404);
      expect(appCode(error)).toBe('OAUTH_APP_NOT_FOUND');
    }
  });

  it('queries with filters, sorting and offset paging', async () => {
    for (const name of ['Query b', 'Query a', 'Query c']) await admin.createOAuthApp({ name });
    const byName = await admin.queryOAuthApps().ascending('name').limit(2).find();
    expect(byName.totalCount).toBeGreaterThanOrEqual(6);
    expect(byName.items).toHaveLength(2);
    expect(byName.hasNext()).toBe(true);

    const res = await fetch(`${emulator.url}/oauth-app/v1/oauth-apps/query`, {
      method: 'POST',
      headers: { authorization: EMULATOR_ADMIN_API_KEY, 'wix-site-id': EMULATOR_SITE_ID },
      body: JSON.stringify({
        query: {
          filter: { name: { $startsWith: 'Query ' } },
          sort: [{ fieldName: 'name', order: 'DESC' }],
          paging: { limit: 2, offset: 1 },
        },
      }),
    });
    const body = (await res.json()) as { oAuthApps: { name: string }[]; pagingMetadata: unknown };
    expect(body.oAuthApps.map((a) => a.name)).toEqual(['Query b', 'Query a']);
    expect(body.pagingMetadata).toEqual({ count: 2, offset: 1, total: 3, tooManyToCount: false });

    const seeded = await admin.queryOAuthApps().eq('_id', EMULATOR_CLIENT_ID).find();
    expect(seeded.items.map((a) => a.name)).toEqual(['Storefront (emulator)']);
    // The typed builder only offers eq('_id'); any other field is passed through and refused.
    const untyped = admin.queryOAuthApps() as unknown as {
      eq(field: string, value: string): { find(): Promise<unknown> };
    };
    const bad = await rejection(untyped.eq('secret', 'x').find());
    expect(bad.status).toBe(400);
    // The SDK re-prefixes violation fields with its argument name, undefined for queries.
    expect(violations(bad)[0]?.field).toMatch(/\.filter\.secret$/);
  });

  it('deletes an app with 200 {}', async () => {
    const app = await admin.createOAuthApp({ name: 'Doomed' });
    const res = await fetch(
      `${emulator.url}/oauth-app/v1/oauth-apps/${app._id}?oAuthAppId=${app._id}`,
      {
        method: 'DELETE',
        headers: { authorization: EMULATOR_ADMIN_API_KEY, 'wix-site-id': EMULATOR_SITE_ID },
      },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    expect((await rejection(admin.getOAuthApp(app._id!))).status).toBe(404);
  });
});
