import { describe, expect, it } from 'vitest';
import { isShownToShoppers } from './catalog-source';

describe('isShownToShoppers', () => {
  it('hides only collections the merchant hid', () => {
    expect(isShownToShoppers({ visible: false })).toBe(false);
    expect(isShownToShoppers({ visible: true })).toBe(true);
  });

  it('shows collections without a visibility, as Wix defaults to visible', () => {
    expect(isShownToShoppers({})).toBe(true);
    expect(isShownToShoppers({ visible: null })).toBe(true);
  });
});
