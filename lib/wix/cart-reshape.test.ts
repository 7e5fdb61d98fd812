import { describe, expect, it } from 'vitest';
import { reshapeCart, reshapeOptions, slugFromItemUrl } from './cart-reshape';
import { CartError, isNoCart, toCartError, wixDidNothing } from './cart-errors';

const money = (amount: string) => ({ amount, convertedAmount: amount });

const sdkCart = {
  _id: 'cart-1',
  revision: '4',
  businessInfo: { currencyCode: 'USD' },
  coupons: [{ _id: 'cp-1', code: 'SAVE10' }],
  lineItems: [
    {
      _id: 'line-1',
      name: { original: 'Organic Cotton Tee' },
      quantityInfo: { requestedQuantity: 9, confirmedQuantity: 8, availableQuantity: 8 },
      pricing: { unitPrice: money('25'), totalPrice: money('200') },
      source: {
        catalogReference: {
          appId: 'stores',
          catalogItemId: 'prod-1',
          options: { variantId: 'var-1' },
        },
      },
      attributes: {
        url: 'https://shop.example/product-page/organic-cotton-tee',
        descriptionLines: [
          { name: { original: 'Size' }, plainText: { original: 'S' } },
          { name: { original: 'Color' }, colorInfo: { original: 'Cream', code: '#eee' } },
        ],
      },
      status: 'PARTIALLY_IN_STOCK' as const,
    },
    { name: { original: 'No id, dropped' } },
  ],
};

describe('reshapeCart', () => {
  it('keeps what the cart page shows, with money as Wix states it', () => {
    const cart = reshapeCart(sdkCart, {
      lineItems: [{ lineItemId: 'line-1', unitPrice: money('25'), totalPrice: money('200.5') }],
      priceSummary: { subtotal: money('200.5'), discount: money('20.05'), total: money('180.45') },
    });
    expect(cart).toMatchObject({
      id: 'cart-1',
      revision: '4',
      coupon: { id: 'cp-1', code: 'SAVE10' },
      couponProblem: null,
      totals: { subtotal: '$200.50', discount: '$20.05', total: '$180.45' },
      count: 9,
    });
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]).toMatchObject({
      id: 'line-1',
      productId: 'prod-1',
      variantId: 'var-1',
      slug: 'organic-cotton-tee',
      options: [
        { name: 'Size', value: 'S' },
        { name: 'Color', value: 'Cream' },
      ],
      requestedQuantity: 9,
      confirmedQuantity: 8,
      unitPrice: '$25.00',
      linePrice: '$200.50',
      availability: 'partial',
      onlyLeft: 8,
    });
  });

  it('has no totals without a calculation, and no discount line for a zero discount', () => {
    expect(reshapeCart(sdkCart).totals).toBeNull();
    const cart = reshapeCart(sdkCart, {
      priceSummary: { subtotal: money('10'), discount: money('0'), total: money('10') },
    });
    expect(cart.totals?.discount).toBeNull();
  });

  it('reports the coupon Wix says does not count, in Wix’s words', () => {
    const cart = reshapeCart(sdkCart, {
      violations: [{ code: 'INVALID_COUPON_STATUS', description: 'Coupon EXPIRED20 has expired' }],
    });
    expect(cart.couponProblem).toBe('Coupon EXPIRED20 has expired');
  });
});

describe('Wix answers the reshapers tolerate', () => {
  it('derives a slug only from a product page URL', () => {
    expect(slugFromItemUrl('/products/mug')).toBe('mug');
    expect(slugFromItemUrl('https://x.example/product-page/caf%C3%A9-mug/')).toBe('café-mug');
    expect(slugFromItemUrl('https://x.example/blog/mug')).toBeNull();
    expect(slugFromItemUrl('/products/%E0%A4%A')).toBeNull();
    expect(slugFromItemUrl(undefined)).toBeNull();
    expect(
      slugFromItemUrl({ relativePath: '/product-page/mug', url: 'https://x/product-page/mug' }),
    ).toBe('mug');
    expect(slugFromItemUrl({ url: 42 })).toBeNull();
  });

  it('drops description lines without a name or value', () => {
    expect(
      reshapeOptions([{ name: { original: 'Size' } }, { plainText: { original: 'M' } }]),
    ).toEqual([]);
    expect(reshapeOptions(undefined)).toEqual([]);
  });
});

describe('cart errors', () => {
  const sdkError = (status: number, code?: string, description?: string) =>
    Object.assign(new Error('{"message":"…"}'), {
      status,
      details: code ? { applicationError: { code, description } } : {},
    });

  it('tells refusals (with Wix’s reason) from outages and ended sessions', () => {
    expect(toCartError(sdkError(400, 'INSUFFICIENT_INVENTORY', 'Only 8 left'))).toMatchObject({
      failure: 'refused',
      code: 'INSUFFICIENT_INVENTORY',
      reason: 'Only 8 left',
    });
    expect(toCartError(sdkError(503, 'SERVICE_UNAVAILABLE')).failure).toBe('unavailable');
    expect(toCartError(new TypeError('fetch failed')).failure).toBe('unavailable');
    expect(toCartError(sdkError(401, 'UNAUTHENTICATED')).failure).toBe('unauthenticated');
    const unknownClient = new Error('Failed to fetch tokens: {"error":"invalid_client"}');
    expect(toCartError(unknownClient).failure).toBe('not-connected');
    const same = new CartError('refused');
    expect(toCartError(same)).toBe(same);
  });

  it('knows when Wix answered that it made no change, unlike a call that got no answer', () => {
    expect(toCartError(sdkError(503, 'SERVICE_UNAVAILABLE')).status).toBe(503);
    expect(wixDidNothing(toCartError(sdkError(503, 'SERVICE_UNAVAILABLE')))).toBe(true);
    expect(wixDidNothing(toCartError(sdkError(500)))).toBe(true);
    expect(wixDidNothing(toCartError(sdkError(429)))).toBe(true);
    expect(wixDidNothing(toCartError(new TypeError('fetch failed')))).toBe(false);
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), {
      name: 'TimeoutError',
    });
    expect(toCartError(timeout).status).toBeNull();
    expect(wixDidNothing(toCartError(timeout))).toBe(false);
    expect(wixDidNothing(toCartError(sdkError(400, 'INSUFFICIENT_INVENTORY')))).toBe(false);
    expect(wixDidNothing(sdkError(503))).toBe(false);
  });

  it('knows a missing or ordered cart from other not-founds', () => {
    expect(isNoCart(sdkError(404, 'OWNED_CART_NOT_FOUND'))).toBe(true);
    expect(isNoCart(sdkError(404))).toBe(true);
    expect(isNoCart(sdkError(400, 'CART_ALREADY_ORDERED'))).toBe(true);
    expect(isNoCart(sdkError(404, 'ITEM_NOT_FOUND_IN_CATALOG'))).toBe(false);
    expect(isNoCart(sdkError(503))).toBe(false);
  });
});
