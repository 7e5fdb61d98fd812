import type { EmulatorContext } from '../../context';
import type { Cart } from '../model';
import { multiCurrency } from '../money';
import type { PricedCart } from '../pricing';
import { v1CartJson } from './cart-json';

/** `estimateCurrentCartTotals` (A.4): no shipping, tax or fees; the coupon is the one discount. */
export function v1TotalsJson(ctx: EmulatorContext, cart: Cart, priced: PricedCart) {
  const { currency } = ctx.store.state.catalog;
  const money = (cents: number) => multiCurrency(cents, currency);
  const zero = money(0);
  const summary = (subtotal: number, discount: number, total: number) => ({
    subtotal: money(subtotal),
    shipping: zero,
    tax: zero,
    discount: money(discount),
    total: money(total),
    additionalFees: zero,
  });
  const { coupon } = priced;
  return {
    cart: v1CartJson(ctx, cart, priced),
    calculatedLineItems: priced.lines.map((l) => ({
      lineItemId: l.line.id,
      pricesBreakdown: {
        totalPriceAfterTax: money(l.totalCents),
        totalPriceBeforeTax: money(l.totalCents),
        taxDetails: { taxableAmount: money(l.totalCents), taxRate: '0', totalTax: zero },
        totalDiscount: zero,
        price: money(l.unitCents),
        priceBeforeDiscounts: money(l.unitCents),
        lineItemPrice: money(l.totalCents),
        fullPrice: money(l.fullUnitCents),
      },
      paymentOption: 'FULL_PAYMENT_ONLINE',
    })),
    priceSummary: summary(priced.subtotalCents, priced.discountCents, priced.totalCents),
    taxSummary: { taxableAmount: money(priced.totalCents), totalTax: zero },
    shippingInfo: { carrierServiceOptions: [] },
    appliedDiscounts: coupon
      ? [
          {
            discountType: 'GLOBAL',
            lineItemIds: priced.lines.map((l) => l.line.id),
            coupon: {
              id: coupon.id,
              code: coupon.code,
              name: coupon.name,
              amount: money(priced.discountCents),
            },
          },
        ]
      : [],
    weightUnit: 'KG',
    currency,
    payNow: summary(priced.subtotalCents, priced.discountCents, priced.totalCents),
    payLater: summary(0, 0, 0),
    additionalFees: [],
    violations: [],
  };
}
