import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createClient, OAuthStrategy } from '@wix/sdk';
import { items } from '@wix/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import { startEmulator, type RunningEmulator } from '@/emulator/server';
import { ALL_PRODUCTS_V1_ID } from '@/emulator/stores/catalog-model';
import { startTestEmulator, tempDataDir } from './helpers';
import { sdkError } from './stores-helpers';

let emulator: RunningEmulator;
const logLines: string[] = [];
const client = createClient({
  modules: { items },
  auth: OAuthStrategy({ clientId: EMULATOR_CLIENT_ID }),
});
const COLLECTIONS = 'Stores/Collections';

beforeAll(async () => {
  emulator = await startTestEmulator({ catalog: 'v1', log: (line) => logLines.push(line) });
});
afterAll(() => emulator.close());

/** A visitor token straight from the token endpoint, for raw calls. */
async function visitorToken(url: string): Promise<string> {
  const res = await fetch(`${url}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: EMULATOR_CLIENT_ID, grantType: 'anonymous' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

const postQuery = (url: string, body: string, token?: string) =>
  fetch(`${url}/wix-data/v2/items/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: token } : {}) },
    body,
  });

describe('a collection the site does not have', () => {
  it('answers 404 WDE0025 to the commerce template menu query', async () => {
    logLines.length = 0;
    const error = await sdkError(
      client.items
        .query('Menus')
        .include('pages')
        .eq('slug', 'next-js-frontend-header-menu')
        .find(),
    );
    expect(error.details?.applicationError?.code).toBe('WDE0025');
    expect(error.message).toBe('WDE0025: The Menus collection does not exist.');
    const dataCalls = logLines.filter((line) => line.includes('/wix-data/'));
    expect(dataCalls).toEqual([expect.stringMatching(/^GET \/wix-data\/v2\/items\/query 404 /)]);
  });

  it('answers WDE0025 for the template Pages queries too', async () => {
    const bySlug = await sdkError(client.items.query('Pages').eq('slug', 'about').find());
    expect(bySlug.details?.applicationError?.code).toBe('WDE0025');
    const all = await sdkError(client.items.query('Pages').find());
    expect(all.message).toBe('WDE0025: The Pages collection does not exist.');
  });
});

describe('Stores/Collections on a catalog V1 site', () => {
  it('returns the Wix Stores collections as data items', async () => {
    const result = await client.items.query(COLLECTIONS).eq('slug', 'knitwear').find();
    expect(result.items).toEqual([
      {
        _id: '43065c9d-bdfd-5041-8ba5-d2a3de41cc78',
        name: 'Knitwear',
        slug: 'knitwear',
        mainMedia:
          'wix:image://v1/emu-collection-knitwear.png/Knitwear#originWidth=800&originHeight=800',
      },
    ]);
    const byId = await client.items.query(COLLECTIONS).eq('_id', ALL_PRODUCTS_V1_ID).find();
    expect(byId.items.map((i) => i.slug)).toEqual(['all-products']);
  });

  it('answers an empty result, not an error, when nothing matches', async () => {
    const result = await client.items.query(COLLECTIONS).eq('slug', 'no-such-slug').find();
    expect(result.items).toEqual([]);
    expect(result.hasNext()).toBe(false);
    const counted = await client.items
      .query(COLLECTIONS)
      .startsWith('name', 'zz')
      .find({ returnTotalCount: true });
    expect(counted.totalCount).toBe(0);
  });

  it('sorts, limits, counts on request and pages on with next()', async () => {
    const uncounted = await client.items.query(COLLECTIONS).limit(3).find();
    expect(uncounted.totalCount).toBeUndefined();
    const first = await client.items
      .query(COLLECTIONS)
      .ascending('name')
      .limit(3)
      .find({ returnTotalCount: true });
    expect(first.items.map((i) => i.name)).toEqual([
      'All Products',
      'Bags & Accessories',
      'Featured items',
    ]);
    expect(first.totalCount).toBe(10); // the hidden home-page collections included
    expect(first.hasNext()).toBe(true);
    const second = await first.next();
    expect(second.items.map((i) => i.name)).toEqual([
      'Home & Living',
      'Homepage carousel',
      'Knitwear',
    ]);
    const third = await second.next();
    expect(third.items.map((i) => i.name)).toEqual(['Sale', 'Shirts & Tops', 'Shoes']);
    const fourth = await third.next();
    expect(fourth.items.map((i) => i.name)).toEqual(['Trousers & Shorts']);
    expect(fourth.hasNext()).toBe(false);
  });

  it('returns only the requested fields (and _id)', async () => {
    const result = await client.items.query(COLLECTIONS).eq('slug', 'shoes').fields('name').find();
    expect(result.items).toEqual([{ _id: 'a94ccd50-e0e0-51e8-83b6-1420c809e8f5', name: 'Shoes' }]);
  });

  it('refuses a filter on a field the collection cannot filter by', async () => {
    const error = (await client.items
      .query(COLLECTIONS)
      .eq('colour', 'red')
      .find()
      .catch((e: unknown) => e)) as { details?: { validationError?: unknown }; message: string };
    expect(error.details?.validationError).toEqual({
      fieldViolations: [expect.objectContaining({ field: 'query.filter.colour' })],
    });
  });
});

describe('the wire', () => {
  it('needs an access token', async () => {
    const res = await postQuery(emulator.url, JSON.stringify({ dataCollectionId: COLLECTIONS }));
    expect(res.status).toBe(401);
    const body = (await res.json()) as { details: { applicationError: { code: string } } };
    expect(body.details.applicationError.code).toBe('UNAUTHENTICATED');
  });

  it('answers a bad body with Wix validation errors, never a 500', async () => {
    const token = await visitorToken(emulator.url);
    const cases: [string, string][] = [
      ['{}', 'dataCollectionId'],
      ['{"dataCollectionId":""}', 'dataCollectionId'],
      ['{"dataCollectionId":"Pages","query":{"paging":{"limit":"ten"}}}', 'query.paging.limit'],
      [
        '{"dataCollectionId":"Pages","query":{"paging":{"limit":5},"cursorPaging":{"limit":5}}}',
        'query.cursorPaging',
      ],
      [
        `{"dataCollectionId":"${COLLECTIONS}","query":{"paging":{"limit":500}}}`,
        'query.paging.limit',
      ],
      ['not json', 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await postQuery(emulator.url, body, token);
      expect(res.status, body).toBe(400);
      const json = (await res.json()) as {
        details: { validationError: { fieldViolations: { field: string }[] } };
      };
      expect(json.details.validationError.fieldViolations[0]?.field, body).toBe(field);
    }
  });

  it('has no Stores/Collections on a catalog V3 site', async () => {
    const v3 = await startEmulator({ port: 0, dataDir: await tempDataDir(), log: false });
    try {
      const body = JSON.stringify({ dataCollectionId: COLLECTIONS });
      const res = await postQuery(v3.url, body, await visitorToken(v3.url));
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        message: 'WDE0025: The Stores/Collections collection does not exist.',
        details: {
          applicationError: {
            code: 'WDE0025',
            description: 'WDE0025: The Stores/Collections collection does not exist.',
            data: {},
          },
        },
      });
    } finally {
      await v3.close();
    }
  });
});

describe('an unmodified app run with emulator/reroute-preload.mjs', () => {
  const run = promisify(execFile);
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  const preload = path.join(repoRoot, 'emulator/reroute-preload.mjs');
  // What a Wix template does: the SDK against the real hosts, and a Wix media URL.
  const app = `
    import { createClient, OAuthStrategy } from '@wix/sdk';
    import { items } from '@wix/data';
    const client = createClient({ modules: { items }, auth: OAuthStrategy({ clientId: '${EMULATOR_CLIENT_ID}' }) });
    const error = await client.items.query('Menus').find().catch((e) => e);
    const image = await fetch('https://static.wixstatic.com/media/emu-collection-knitwear.png');
    console.log(error.details.applicationError.code, image.status, image.headers.get('content-type'));`;
  const node = (env: Record<string, string>) =>
    run(process.execPath, ['--import', preload, '--input-type=module', '-e', app], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      timeout: 30_000,
    });

  it('sends its Wix API and media calls to WIX_API_URL', { timeout: 40_000 }, async () => {
    logLines.length = 0;
    const { stdout } = await node({ WIX_API_URL: emulator.url });
    expect(stdout.trim()).toBe('WDE0025 200 image/png');
    expect(logLines.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'POST /oauth2/token 200',
      'GET /wix-data/v2/items/query 404',
      'GET /media/emu-collection-knitwear.png 200',
    ]);
  });

  it('refuses to start without WIX_API_URL', { timeout: 40_000 }, async () => {
    const failure = (await node({ WIX_API_URL: '' }).catch((e: unknown) => e)) as {
      code?: number;
      stderr?: string;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('reroute-preload: set WIX_API_URL to the emulator');
  });
});
