import { describe, expect, it } from 'vitest';
import { reshapeOrder } from './orders';

describe('reshapeOrder', () => {
  it('keeps the number, lines, Wix-formatted totals, address and buyer', () => {
    const order = reshapeOrder({
      _id: 'order-1',
      number: '10001',
      lineItems: [
        {
          _id: 'l1',
          productName: { original: 'Hand-Poured Soy Candle' },
          quantity: 12,
          descriptionLines: [{ name: { original: 'Scent' }, plainText: { original: 'Fig' } }],
          totalPriceBeforeTax: { amount: '288', formattedAmount: '$288.00' },
        },
      ],
      priceSummary: {
        subtotal: { amount: '323', formattedAmount: '$323.00' },
        discount: { amount: '0', formattedAmount: '$0.00' },
        shipping: { amount: '0', formattedAmount: '$0.00' },
        total: { amount: '323', formattedAmount: '$323.00' },
      },
      shippingInfo: {
        logistics: {
          shippingDestination: {
            address: {
              addressLine1: '1 Market Street',
              city: 'Springfield',
              postalCode: '12345',
              country: 'US',
            },
            contactDetails: { firstName: 'Sam', lastName: 'Shopper' },
          },
        },
      },
      billingInfo: { contactDetails: { firstName: 'Sam', lastName: 'Shopper' } },
      buyerInfo: { email: 'shopper@example.com' },
    });
    expect(order).toMatchObject({
      id: 'order-1',
      number: '10001',
      lines: [
        {
          name: 'Hand-Poured Soy Candle',
          quantity: 12,
          linePrice: '$288.00',
          options: [{ name: 'Scent', value: 'Fig' }],
        },
      ],
      totals: { subtotal: '$323.00', discount: null, shipping: null, total: '$323.00' },
      shippingAddress: {
        name: 'Sam Shopper',
        lines: ['1 Market Street', 'Springfield 12345', 'US'],
      },
      buyer: { name: 'Sam Shopper', email: 'shopper@example.com' },
    });
  });

  it('has no address for an order without shipping', () => {
    expect(reshapeOrder({ number: '1' }).shippingAddress).toBeNull();
  });
});
