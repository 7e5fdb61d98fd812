import { describe, expect, it } from 'vitest';
import {
  catalogReference,
  V1_DEFAULT_VARIANT_ID,
  variantIdOf,
  WIX_STORES_APP_ID,
} from './catalog-reference';

describe('catalogReference', () => {
  it('always names the variant on Catalog V3', () => {
    expect(catalogReference('v3', 'p', V1_DEFAULT_VARIANT_ID)).toEqual({
      appId: WIX_STORES_APP_ID,
      catalogItemId: 'p',
      options: { variantId: V1_DEFAULT_VARIANT_ID },
    });
  });

  it('names managed V1 variants and sends no options for the default variant', () => {
    expect(catalogReference('v1', 'p', 'v-1').options).toEqual({ variantId: 'v-1' });
    expect(catalogReference('v1', 'p', V1_DEFAULT_VARIANT_ID).options).toBeNull();
    expect(catalogReference('v1', 'p', null).options).toBeNull();
  });

  it('reads the variant back from a line’s options', () => {
    expect(variantIdOf({ variantId: 'v-1' })).toBe('v-1');
    expect(variantIdOf({ variantId: V1_DEFAULT_VARIANT_ID })).toBeNull();
    expect(variantIdOf({ options: { Size: 'M' } })).toBeNull();
    expect(variantIdOf(null)).toBeNull();
  });
});
