import { seedGuid } from '../../stores/build-catalog';
import { descriptionLineJson, identityJson, imageJson, translatable } from '../line-view';
import type { Order, OrderLine } from '../model';
import { orderPrice } from '../money';

/** A shipped product, or a booked session (`serviceProperties`, no physical properties). */
function itemKindJson(line: OrderLine) {
  if (!line.service) {
    return {
      physicalProperties: { weight: 0.5, sku: line.sku, shippable: true },
      itemType: { preset: 'PHYSICAL' },
    };
  }
  return {
    itemType: { preset: 'SERVICE' },
    serviceProperties: {
      scheduledDate: line.service.scheduledDate,
      numberOfParticipants: line.service.participants,
    },
  };
}

/** Order V1 wire JSON (A.6): money is `{amount, formattedAmount}`, not MultiCurrencyPrice. */
export function orderJson(order: Order) {
  const money = (cents: number) => orderPrice(cents, order.currency);
  const zero = money(0);
  const buyer = identityJson(order.buyer);
  const address = order.address
    ? {
        addressLine: order.address.addressLine,
        city: order.address.city,
        postalCode: order.address.postalCode,
        ...(order.address.country ? { country: order.address.country } : {}),
        countryFullname: order.address.countryFullname,
      }
    : null;
  const contactDetails = {
    firstName: order.firstName,
    lastName: order.lastName,
    ...(order.phone ? { phone: order.phone } : {}),
  };
  const activity = (type: string) => ({
    id: seedGuid(`activity:${order.id}:${type}`),
    type,
    createdDate: order.createdDate,
  });
  return {
    id: order.id,
    number: order.number,
    createdDate: order.createdDate,
    updatedDate: order.createdDate,
    purchasedDate: order.createdDate,
    lineItems: order.lines.map((line) => {
      const image = imageJson(line.mediaId, line.name);
      const total = money(line.unitCents * line.quantity);
      return {
        id: line.id,
        productName: translatable(line.name),
        catalogReference: line.catalogReference,
        quantity: line.quantity,
        totalDiscount: zero,
        descriptionLines: line.descriptionLines.map(descriptionLineJson),
        ...(image ? { image } : {}),
        ...itemKindJson(line),
        refundQuantity: 0,
        restockQuantity: 0,
        price: money(line.unitCents),
        priceBeforeDiscounts: money(line.unitCents),
        totalPriceBeforeTax: total,
        totalPriceAfterTax: total,
        lineItemPrice: total,
        paymentOption: 'FULL_PAYMENT_ONLINE',
        taxDetails: { taxRate: '0', totalTax: zero },
        priceDescription: { original: '' },
        priceUndetermined: false,
        fixedQuantity: false,
      };
    }),
    buyerInfo: {
      ...buyer,
      ...(order.contactId ? { contactId: order.contactId } : {}),
      email: order.email,
    },
    paymentStatus: 'PAID',
    fulfillmentStatus: 'NOT_FULFILLED',
    status: 'APPROVED',
    buyerLanguage: 'en',
    siteLanguage: 'en',
    weightUnit: 'KG',
    currency: order.currency,
    taxIncludedInPrices: false,
    priceSummary: {
      subtotal: money(order.subtotalCents),
      shipping: zero,
      tax: zero,
      discount: money(order.discountCents),
      total: money(order.totalCents),
      totalAdditionalFees: zero,
    },
    billingInfo: { ...(address ? { address } : {}), contactDetails },
    // Nothing to ship for a booking: Wix leaves shippingInfo out.
    ...(address
      ? {
          shippingInfo: {
            title: 'Free shipping',
            logistics: { shippingDestination: { address, contactDetails } },
            cost: { price: zero, totalPriceBeforeTax: zero, totalPriceAfterTax: zero },
          },
        }
      : {}),
    buyerNote: order.buyerNote,
    archived: false,
    seenByAHuman: false,
    appliedDiscounts: order.coupon
      ? [
          {
            discountType: 'GLOBAL',
            lineItemIds: order.lines.map((l) => l.id),
            coupon: {
              id: order.coupon.id,
              code: order.coupon.code,
              name: order.coupon.name,
              amount: money(order.discountCents),
            },
          },
        ]
      : [],
    activities: [activity('ORDER_PLACED'), activity('ORDER_PAID')],
    createdBy: buyer,
    channelInfo: { type: order.channelType },
    ...(order.checkoutId ? { checkoutId: order.checkoutId } : {}),
    purchaseFlowId: order.purchaseFlowId,
    balanceSummary: { balance: zero, paid: money(order.totalCents) },
    additionalFees: [],
  };
}
