import { newId } from '../../crypto';
import { translatable } from '../line-view';
import type { Cart } from '../model';
import { multiCurrency } from '../money';
import type { PricedCart } from '../pricing';

/** `summary` of calculateCurrentCart / estimateCurrentCart (typings `CartSummary`). */
export function v2SummaryJson(cart: Cart, priced: PricedCart, currency: string) {
  const money = (cents: number) => multiCurrency(cents, currency);
  const zero = money(0);
  const { coupon } = priced;
  const outOfStock = priced.lines.filter((l) => l.confirmed < l.requested).map((l) => l.line.id);
  const violations = [
    ...(cart.lines.length === 0
      ? [
          {
            scope: 'GLOBAL',
            code: 'EMPTY_CART',
            severity: 'ERROR',
            description: 'The cart is empty',
          },
        ]
      : []),
    ...(outOfStock.length
      ? [
          {
            scope: 'LINE_ITEM',
            code: 'LINE_ITEMS_OUT_OF_STOCK',
            severity: 'WARNING',
            description: 'Some items are not available in the requested quantity',
            lineItemsOutOfStockData: {
              lineItemIds: outOfStock,
              allLineItemsOutOfStock: priced.lines.every((l) => l.confirmed === 0),
            },
          },
        ]
      : []),
    // The coupon stopped applying (it expired after it was added).
    ...(cart.coupon && !coupon
      ? [
          {
            scope: 'DISCOUNT',
            code: 'INVALID_COUPON_STATUS',
            severity: 'WARNING',
            description: `Coupon "${cart.coupon.code}" no longer applies`,
            invalidCouponStatusData: { couponCode: cart.coupon.code, reason: 'EXPIRED' },
          },
        ]
      : []),
  ];
  const total = money(priced.totalCents);
  return {
    cartId: cart.id,
    cartRevision: String(cart.revision),
    calculationId: newId(),
    lineItems: priced.lines.map((l) => ({
      lineItemId: l.line.id,
      quantity: l.confirmed,
      unitPrice: money(l.unitCents),
      totalPrice: money(l.totalCents),
    })),
    discounts: coupon
      ? [
          {
            name: translatable(coupon.name),
            source: { sourceType: 'COUPON', couponCode: coupon.code },
            scope: 'CART_SUBTOTAL',
            total: money(priced.discountCents),
            lineItemDiscounts: [],
          },
        ]
      : [],
    additionalFees: [],
    taxSummary: {
      taxes: [],
      totalExempt: zero,
      pricesIncludeTax: false,
      lineItemTaxes: [],
      deliveryTax: zero,
      additionalFeeTaxes: [],
    },
    priceSummary: {
      subtotal: money(priced.subtotalCents),
      discount: money(priced.discountCents),
      delivery: zero,
      additionalFees: zero,
      tax: zero,
      total,
    },
    paymentSummary: {
      giftCards: [],
      memberships: [],
      subscriptionCharges: [],
      requiresPaymentAfterGiftCard: priced.totalCents > 0,
      totalAfterGiftCards: total,
      payNow: total,
      payLater: zero,
    },
    spiViolations: [],
    violations,
  };
}
