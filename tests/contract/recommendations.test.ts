import { createClient, OAuthStrategy } from '@wix/sdk';
import { recommendations } from '@wix/ecom';
import { products } from '@wix/stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import { startEmulator, type RunningEmulator } from '@/emulator/server';
import { startTestEmulator, tempDataDir } from './helpers';
import { sdkError } from './stores-helpers';
import { WIX_STORES_APP_ID } from '@/lib/wix-app-ids';

let emulator: RunningEmulator;
const client = createClient({
  modules: { recommendations, products },
  auth: OAuthStrategy({ clientId: EMULATOR_CLIENT_ID }),
});

const STORES = WIX_STORES_APP_ID;
const SAME_CATEGORIES = '68ebce04-b96a-4c52-9329-08fc9d8c1253';
const VIEWED_TOGETHER = '5dd69f67-9ab9-478e-ba7c-10c6c6e7285f';
const BEST_SELLERS = 'ba491fd2-b172-4552-9ea6-7202e01d1d3c';
// What Wix's nextjs/commerce template asks for on every product page, in its order.
const TEMPLATE_ALGORITHMS = [VIEWED_TOGETHER, BEST_SELLERS, SAME_CATEGORIES].map((_id) => ({
  _id,
  appId: STORES,
}));

beforeAll(async () => {
  emulator = await startTestEmulator({ catalog: 'v1' });
});
afterAll(() => emulator.close());

const productId = async (slug: string) => {
  const { items } = await client.products.queryProducts().eq('slug', slug).find();
  return items[0]?._id ?? '';
};
const slugsOf = async (ids: string[]) => {
  const { items } = await client.products.queryProducts().in('_id', ids).limit(100).find();
  return ids.map((id) => items.find((p) => p._id === id)?.slug);
};
const item = (catalogItemId: string, appId = STORES) => ({ catalogItemId, appId });

describe('recommendations.getRecommendation', () => {
  it('answers the commerce template with related products of the same collections', async () => {
    const breton = await productId('striped-breton-top');
    const { recommendation } = await client.recommendations.getRecommendation(TEMPLATE_ALGORITHMS, {
      items: [item(breton)],
      minimumRecommendedItems: 3,
    });
    // No view history in the emulator: "viewed together" falls back to related products.
    expect(recommendation?.algorithm).toEqual({ _id: VIEWED_TOGETHER, appId: STORES });
    const ids = recommendation?.items?.map((i) => i.catalogItemId ?? '') ?? [];
    expect(ids).toHaveLength(16);
    expect(recommendation?.items?.every((i) => i.appId === STORES)).toBe(true);
    const slugs = await slugsOf(ids);
    expect(slugs).not.toContain('striped-breton-top');
    // The other visible shirts and sale products first (one shared collection each), then filler.
    expect(new Set(slugs.slice(0, 10))).toEqual(
      new Set([
        'classic-linen-shirt',
        'organic-cotton-tee',
        'oxford-button-down-shirt',
        'washed-denim-shirt',
        'silk-camp-collar-blouse',
        'chunky-cable-cardigan',
        'slim-chino-trousers',
        'suede-penny-loafers',
        'woven-leather-belt',
        'linen-table-napkins',
      ]),
    );
    expect(slugs).not.toContain('heavyweight-pocket-tee'); // hidden
  });

  it('ranks products sharing more collections higher', async () => {
    const scarf = await productId('alpaca-wrap-scarf'); // knitwear + accessories
    const { recommendation } = await client.recommendations.getRecommendation(
      [{ _id: SAME_CATEGORIES, appId: STORES }],
      { items: [item(scarf)] },
    );
    const [first] = await slugsOf([recommendation?.items?.[0]?.catalogItemId ?? '']);
    expect(first).toBe('cashmere-blend-beanie'); // the only other knitwear accessory
  });

  it('gives best sellers without items, in catalog order', async () => {
    const { recommendation } = await client.recommendations.getRecommendation([
      { _id: BEST_SELLERS, appId: STORES },
    ]);
    const slugs = await slugsOf(recommendation?.items?.map((i) => i.catalogItemId ?? '') ?? []);
    expect(slugs.slice(0, 3)).toEqual([
      'classic-linen-shirt',
      'organic-cotton-tee',
      'striped-breton-top',
    ]);
    expect(slugs).toHaveLength(16);
  });

  it('leaves the recommendation out when no algorithm reaches the minimum', async () => {
    const result = await client.recommendations.getRecommendation(TEMPLATE_ALGORITHMS, {
      items: [item(await productId('ceramic-bud-vase'))],
      minimumRecommendedItems: 17,
    });
    expect(result).toEqual({});
  });

  it('refuses algorithms and items Wix Stores does not provide', async () => {
    const unknown = await sdkError(
      client.recommendations.getRecommendation(
        [{ _id: '00000000-0000-4000-8000-000000000000', appId: STORES }],
        { items: [item('p')] },
      ),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.details?.applicationError).toMatchObject({
      code: 'ALGORITHM_NOT_SUPPORTED',
      data: { unsupportedAlgorithms: [{ id: '00000000-0000-4000-8000-000000000000' }] },
    });
    const provider = await sdkError(
      client.recommendations.getRecommendation(
        [{ _id: SAME_CATEGORIES, appId: '13d21c63-b5ec-5912-8397-c3a5ddb27a97' }],
        { items: [item('p')] },
      ),
    );
    expect(provider.status).toBe(404);
    expect(provider.details?.applicationError?.code).toBe('RECOMMENDATIONS_PROVIDER_NOT_FOUND');
    const foreign = await sdkError(
      client.recommendations.getRecommendation([{ _id: SAME_CATEGORIES, appId: STORES }], {
        items: [item('b1', '13d21c63-b5ec-5912-8397-c3a5ddb27a97')],
      }),
    );
    expect(foreign.details?.applicationError?.code).toBe('ITEM_APP_ID_NOT_SUPPORTED');
  });

  it('answers malformed requests with validation errors', async () => {
    const noItems = await sdkError(
      client.recommendations.getRecommendation([{ _id: SAME_CATEGORIES, appId: STORES }]),
    );
    expect(noItems.status).toBe(400);
    expect(noItems.details?.validationError?.fieldViolations?.[0]?.description).toBe(
      'is required by RELATED_ITEMS algorithms',
    );
    const badId = await sdkError(
      client.recommendations.getRecommendation([{ _id: 'best-sellers', appId: STORES }]),
    );
    expect(badId.details?.validationError?.fieldViolations?.[0]?.description).toBe(
      'must be a GUID',
    );
    const none = await sdkError(client.recommendations.getRecommendation([]));
    expect(none.status).toBe(400);
  });
});

describe('recommendations.listAvailableAlgorithms', () => {
  it('lists the four Wix Stores algorithms', async () => {
    const { availableAlgorithms } = await client.recommendations.listAvailableAlgorithms();
    expect(availableAlgorithms?.map((a) => [a.config?.name, a.config?.algorithmType])).toEqual([
      ['From the same categories', 'RELATED_ITEMS'],
      ['Frequently bought together', 'RELATED_ITEMS'],
      ['Frequently viewed together', 'RELATED_ITEMS'],
      ['Best sellers', 'GLOBAL'],
    ]);
    expect(availableAlgorithms?.[0]).toMatchObject({
      appId: STORES,
      catalogAppIds: [STORES],
      config: { algorithmId: SAME_CATEGORIES },
    });
  });
});

describe('a site without Wix Stores', () => {
  it('has no recommendation provider and no algorithms', async () => {
    const site = await startEmulator({
      port: 0,
      dataDir: await tempDataDir(),
      log: false,
      catalog: 'none',
    });
    try {
      const tokenRes = await fetch(`${site.url}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: EMULATOR_CLIENT_ID, grantType: 'anonymous' }),
      });
      const { access_token: token } = (await tokenRes.json()) as { access_token: string };
      const headers = { authorization: token, 'content-type': 'application/json' };
      const list = await fetch(`${site.url}/v1/recommendations/algorithms`, { headers });
      expect(await list.json()).toEqual({ availableAlgorithms: [] });
      const get = await fetch(`${site.url}/v1/recommendations/get`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ algorithms: [{ id: BEST_SELLERS, appId: STORES }] }),
      });
      expect(get.status).toBe(404);
      const body = (await get.json()) as { details: { applicationError: { code: string } } };
      expect(body.details.applicationError.code).toBe('RECOMMENDATIONS_PROVIDER_NOT_FOUND');
    } finally {
      await site.close();
    }
  });

  it('needs an access token', async () => {
    const res = await fetch(`${emulator.url}/v1/recommendations/get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ algorithms: [{ id: BEST_SELLERS, appId: STORES }] }),
    });
    expect(res.status).toBe(401);
  });
});
