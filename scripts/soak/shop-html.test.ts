import { describe, expect, it } from 'vitest';
import { cartHtml, cartUnavailableHtml, checkoutHtml, thankYouHtml } from './fixtures';
import { cartLines, checkoutLines, orderLines } from './shop-html';

describe('cartLines', () => {
  it("reads each line's quantity field, adding up lines of one product", () => {
    const html = cartHtml([
      ['Classic Linen Shirt', 2],
      ['Salt &amp; Pepper Mill', 1],
      ['Classic Linen Shirt', 3],
    ]);
    expect(cartLines(html)).toEqual(
      new Map([
        ['Classic Linen Shirt', 5],
        ['Salt & Pepper Mill', 1],
      ]),
    );
  });

  it('reads an empty cart as empty, and a page without a cart as unread', () => {
    expect(cartLines(cartHtml([]))).toEqual(new Map());
    expect(cartLines(cartUnavailableHtml)).toBeNull();
    expect(cartLines('<h1 class="next-error-h1">500</h1>')).toBeNull();
  });
});

describe('orderLines', () => {
  it("reads the thank-you page's lines, options aside", () => {
    const html = thankYouHtml([
      ['Classic Linen Shirt', 2, ['Size: M', 'Color: Sky']],
      ['Hand-Poured Soy Candle', 1, []],
    ]);
    expect(orderLines(html)).toEqual(
      new Map([
        ['Classic Linen Shirt', 2],
        ['Hand-Poured Soy Candle', 1],
      ]),
    );
  });

  it('answers null when the page could not show the order', () => {
    expect(
      orderLines(
        '<h1>Thank you for your order</h1><p role="alert">we could not load its details</p>',
      ),
    ).toBeNull();
  });
});

describe('checkoutLines', () => {
  it("reads Wix's order table without the options and notes", () => {
    const html = checkoutHtml([
      ['Classic Linen Shirt', 2, 'Size: M, Color: Sky'],
      ['Hand-Poured Soy Candle', 1, ''],
    ]);
    expect(checkoutLines(html)).toEqual(
      new Map([
        ['Classic Linen Shirt', 2],
        ['Hand-Poured Soy Candle', 1],
      ]),
    );
  });
});
