import { describe, expect, it } from 'vitest';
import { buildSeedCatalog } from '../stores/build-catalog';
import {
  resolveCatalogItem,
  STORES_APP_ID,
  STORES_APP_ID_ALIAS,
  V1_DEFAULT_VARIANT_ID,
} from './catalog-item';

const catalog = buildSeedCatalog();
const bySlug = (slug: string) => {
  const p = catalog.products.find((x) => x.slug === slug);
  if (!p) throw new Error(slug);
  return p;
};
const shirt = bySlug('classic-linen-shirt'); // Size S/M/L × Color Sky/Cream
const candle = bySlug('hand-poured-soy-candle'); // no options
const ref = (catalogItemId: string, options?: Record<string, unknown>, appId = STORES_APP_ID) => ({
  appId,
  catalogItemId,
  ...(options ? { options } : {}),
});
const variantOf = (r: ReturnType<typeof resolveCatalogItem>) =>
  r.ok ? r.variant.choices : r.reason;

describe('resolving a Stores catalogReference', () => {
  it('V3 needs the variant id, even for a product with one variant', () => {
    const v = shirt.variants[4];
    expect(
      variantOf(resolveCatalogItem(catalog, 'V3_CATALOG', ref(shirt.id, { variantId: v?.id }))),
    ).toEqual(v?.choices);
    expect(resolveCatalogItem(catalog, 'V3_CATALOG', ref(candle.id))).toEqual({
      ok: false,
      reason: 'no-variant-id',
    });
    expect(resolveCatalogItem(catalog, 'V3_CATALOG', ref(shirt.id, { variantId: 'nope' }))).toEqual(
      {
        ok: false,
        reason: 'not-found',
      },
    );
  });

  it('V1 takes options by choice name or colour hex, and the zero variant id', () => {
    const byName = resolveCatalogItem(
      catalog,
      'V1_CATALOG',
      ref(shirt.id, { options: { Size: 'M', Color: 'Cream' } }),
    );
    const byHex = resolveCatalogItem(
      catalog,
      'V1_CATALOG',
      ref(shirt.id, { options: { size: 'm', Color: '#EFE6D2' } }),
    );
    expect(variantOf(byName)).toEqual({ Size: 'M', Color: 'Cream' });
    expect(byHex.ok && byName.ok && byHex.key === byName.key).toBe(true);
    expect(
      variantOf(
        resolveCatalogItem(
          catalog,
          'V1_CATALOG',
          ref(candle.id, { variantId: V1_DEFAULT_VARIANT_ID }),
        ),
      ),
    ).toEqual({});
    expect(variantOf(resolveCatalogItem(catalog, 'V1_CATALOG', ref(candle.id)))).toEqual({});
  });

  it('V1 refuses incomplete or unknown choices', () => {
    for (const options of [
      { options: { Size: 'M' } },
      { options: { Size: 'M', Color: 'Red' } },
      {},
    ]) {
      expect(resolveCatalogItem(catalog, 'V1_CATALOG', ref(shirt.id, options))).toEqual({
        ok: false,
        reason: 'not-found',
      });
    }
  });

  it('accepts the Stores app-def alias and refuses other apps, hidden products and sites without Stores', () => {
    const v = candle.variants[0]?.id;
    expect(
      resolveCatalogItem(
        catalog,
        'V3_CATALOG',
        ref(candle.id, { variantId: v }, STORES_APP_ID_ALIAS),
      ).ok,
    ).toBe(true);
    expect(
      resolveCatalogItem(catalog, 'V3_CATALOG', ref(candle.id, { variantId: v }, 'other')).ok,
    ).toBe(false);
    expect(
      resolveCatalogItem(catalog, 'STORES_NOT_INSTALLED', ref(candle.id, { variantId: v })).ok,
    ).toBe(false);
    const hidden = bySlug('heavyweight-pocket-tee');
    expect(
      resolveCatalogItem(
        catalog,
        'V3_CATALOG',
        ref(hidden.id, { variantId: hidden.variants[0]?.id }),
      ).ok,
    ).toBe(false);
  });

  it('keeps custom text in the item identity', () => {
    const v = candle.variants[0]?.id;
    const plain = resolveCatalogItem(catalog, 'V3_CATALOG', ref(candle.id, { variantId: v }));
    const note = resolveCatalogItem(
      catalog,
      'V3_CATALOG',
      ref(candle.id, { variantId: v, customTextFields: { Note: 'hi' } }),
    );
    expect(plain.ok && note.ok && plain.key !== note.key).toBe(true);
    expect(note.ok && note.textFields).toEqual({ Note: 'hi' });
  });
});
