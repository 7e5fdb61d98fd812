import type { EmulatorContext } from '../../context';
import { contactJson, identityJson, lineDisplayJson } from '../line-view';
import type { Cart } from '../model';
import { multiCurrency } from '../money';
import type { LineStatus, PricedCart, PricedLine } from '../pricing';

// Current-cart V1 wire JSON (wix-api-ecom-bookings.md A.3, typings `Cart`, `LineItem`).

const AVAILABILITY: Record<LineStatus, string> = {
  IN_STOCK: 'AVAILABLE',
  PARTIALLY_IN_STOCK: 'PARTIALLY_AVAILABLE',
  OUT_OF_STOCK: 'NOT_AVAILABLE',
  REMOVED_FROM_CATALOG: 'NOT_FOUND',
};

function lineJson(ctx: EmulatorContext, priced: PricedLine, currency: string) {
  const money = (cents: number) => multiCurrency(cents, currency);
  const { line } = priced;
  const { name, descriptionLines, image, url, physicalProperties } = lineDisplayJson(ctx, line);
  return {
    id: line.id,
    // Typings: above the stock, "the quantity returned in the response is the remaining stock".
    quantity: priced.confirmed > 0 ? priced.confirmed : priced.requested,
    catalogReference: line.catalogReference,
    productName: name,
    ...(url ? { url } : {}),
    price: money(priced.unitCents),
    fullPrice: money(priced.fullUnitCents),
    priceBeforeDiscounts: money(priced.unitCents),
    lineItemPrice: money(priced.totalCents),
    descriptionLines,
    ...(image ? { image } : {}),
    availability: { status: AVAILABILITY[priced.status], quantityAvailable: priced.available },
    physicalProperties,
    itemType: { preset: 'PHYSICAL' },
    paymentOption: 'FULL_PAYMENT_ONLINE',
    priceDescription: { original: '' },
    rootCatalogItemId: line.productId,
    customLineItem: false,
    priceUndetermined: false,
    fixedQuantity: false,
    savePaymentMethod: false,
    membersOnly: false,
    policies: [],
    modifierGroups: [],
  };
}

export function v1CartJson(ctx: EmulatorContext, cart: Cart, priced: PricedCart) {
  const { currency } = ctx.store.state.catalog;
  return {
    id: cart.id,
    lineItems: priced.lines.map((line) => lineJson(ctx, line, currency)),
    buyerNote: cart.buyerNote,
    buyerInfo: { ...identityJson(cart.owner), ...contactJson(ctx, cart.owner) },
    currency,
    conversionCurrency: currency,
    paymentCurrency: currency,
    buyerLanguage: 'en',
    siteLanguage: 'en',
    taxIncludedInPrices: false,
    weightUnit: 'KG',
    checkoutId: cart.checkoutId,
    appliedDiscounts: cart.coupon
      ? [{ coupon: { id: cart.coupon.id, code: cart.coupon.code } }]
      : [],
    createdDate: cart.createdDate,
    updatedDate: cart.updatedDate,
    overrideCheckoutUrl: cart.overrideCheckoutUrl,
    purchaseFlowId: cart.purchaseFlowId,
    businessLocationId: null,
    revision: String(cart.revision),
    // Not in the typings, but Wix still serves it and Wix's own code reads it (A.3).
    subtotal: multiCurrency(priced.subtotalCents, currency),
  };
}
