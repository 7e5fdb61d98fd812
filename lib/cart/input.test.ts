import { describe, expect, it } from 'vitest';
import { addItemInput, couponInput, lineQuantityInput, parseForm } from './input';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const product = '0f6a3c1e-3b52-4a0e-8f1a-2b3c4d5e6f70';
const v1Variant = '00000000-0000-0020-0005-ad9cdc10d3b8';

describe('cart form input', () => {
  it('accepts Wix ids (also V1 variant ids without RFC bits) and whole quantities', () => {
    expect(
      parseForm(addItemInput, form({ productId: product, variantId: v1Variant, quantity: '3' })),
    ).toEqual({ ok: true, data: { productId: product, variantId: v1Variant, quantity: 3 } });
  });

  it.each([
    ['0', 'at least 1'],
    ['100001', 'at most 100,000'],
    ['1.5', 'whole number'],
    ['abc', 'Enter a quantity'],
    ['', 'at least 1'],
  ])('refuses the quantity %j with a short message', (quantity, message) => {
    const result = parseForm(lineQuantityInput, form({ lineId: product, quantity }));
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toContain(message);
  });

  it('applies the stepper button to the quantity, within Wix’s bounds', () => {
    const step = (quantity: string, by: string) =>
      parseForm(lineQuantityInput, form({ lineId: product, quantity, step: by }));
    expect(step('2', '1')).toEqual({ ok: true, data: { lineId: product, quantity: 3 } });
    expect(step('2', '-1')).toMatchObject({ ok: true, data: { quantity: 1 } });
    expect(step('1', '-1')).toMatchObject({ ok: false });
    expect(step('100000', '1')).toMatchObject({ ok: false });
    expect(step('2', '5')).toMatchObject({ ok: false });
  });

  it('refuses ids that are not GUIDs', () => {
    const result = parseForm(
      addItemInput,
      form({ productId: '../etc', variantId: v1Variant, quantity: '1' }),
    );
    expect(result).toEqual({ ok: false, error: 'That product is not valid' });
  });

  it('takes the first value of a repeated field', () => {
    const data = form({ lineId: product, quantity: '2' });
    data.append('quantity', '99');
    expect(parseForm(lineQuantityInput, data)).toMatchObject({ ok: true, data: { quantity: 2 } });
  });

  it.each([
    ['SAVE10', true],
    ['  SAVE10 ', true],
    ['', false],
    ['   ', false],
    ['X'.repeat(31), false],
    ['SAVE\n10', false],
    ['SÄVE', false],
  ])('promo code %j valid: %s', (code, ok) => {
    expect(parseForm(couponInput, form({ code })).ok).toBe(ok);
  });
});
