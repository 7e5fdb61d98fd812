import type { EmulatorContext } from '../../context';
import { contactJson, identityJson, lineDisplayJson } from '../line-view';
import type { Cart } from '../model';
import { multiCurrency } from '../money';
import type { PricedCart, PricedLine } from '../pricing';

// Cart V2 wire JSON (typings `Cart`, `V2LineItem`). ConvertedMoney also carries the formatted
// copies of MultiCurrencyPrice: not in the V2 typings, passed through by the SDK.

const PHYSICAL = { preset: 'PHYSICAL' };

function lineJson(ctx: EmulatorContext, priced: PricedLine, currency: string) {
  const money = (cents: number) => multiCurrency(cents, currency);
  const { line } = priced;
  const { name, descriptionLines, image, url, physicalProperties } = lineDisplayJson(ctx, line);
  return {
    id: line.id,
    name,
    quantityInfo: {
      requestedQuantity: priced.requested,
      confirmedQuantity: priced.confirmed,
      availableQuantity: priced.available,
      fixedQuantity: false,
    },
    pricing: {
      unitPrice: money(priced.unitCents),
      totalPrice: money(priced.totalCents),
      priceDescription: { original: '' },
      priceUndetermined: false,
      breakdown: {
        fullPrice: money(priced.fullUnitCents),
        salePrice: money(priced.unitCents),
        totalModifiersPrice: money(0),
      },
    },
    source: { catalogReference: line.catalogReference, rootCatalogItemId: line.productId },
    attributes: {
      descriptionLines,
      ...(image ? { image } : {}),
      ...(url ? { url } : {}),
      policies: [],
      itemType: PHYSICAL,
      physicalProperties,
      membersOnly: false,
    },
    taxConfig: { taxableAddress: { addressType: 'SHIPPING' } },
    paymentConfig: { savePaymentMethod: false, paymentOption: 'FULL_PAYMENT_ONLINE' },
    status: priced.status,
    modifierGroups: [],
    discounts: [],
    customLineItem: false,
  };
}

export function v2CartJson(ctx: EmulatorContext, cart: Cart, priced: PricedCart) {
  const { currency } = ctx.store.state.catalog;
  const createdBy = identityJson(cart.owner);
  return {
    id: cart.id,
    createdDate: cart.createdDate,
    updatedDate: cart.updatedDate,
    revision: String(cart.revision),
    lineItems: priced.lines.map((line) => lineJson(ctx, line, currency)),
    subtotal: multiCurrency(priced.subtotalCents, currency),
    note: cart.buyerNote,
    coupons: cart.coupon ? [{ id: cart.coupon.id, code: cart.coupon.code }] : [],
    source: { channelType: 'WEB', externalReferences: [], createdBy },
    businessInfo: { languageCode: 'en', currencyCode: currency },
    customerInfo: {
      ...createdBy,
      ...contactJson(ctx, cart.owner),
      openAccess: false,
      languageCode: 'en',
      currencyCode: currency,
    },
    deliveryInfo: { weightUnit: 'KG' },
    taxInfo: { pricesIncludeTax: false },
    paymentInfo: { giftCards: [], currencyCode: currency },
    orderPlaced: cart.status === 'ordered',
    orderId: cart.orderId,
    purchaseFlowId: cart.purchaseFlowId,
    customCheckoutUrl: cart.overrideCheckoutUrl,
    currentCart: cart.status === 'current',
    demo: false,
  };
}
