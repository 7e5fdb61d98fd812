import type { orders } from '@wix/ecom';
import { isNotFound } from './errors';
import { reshapeOptions } from './cart-reshape';
import type { Order, OrderAddress } from './cart-types';
import { toCartError } from './cart-errors';
import { createWixClient } from './client';
import { toProductImage } from './media';
import type { SessionTokens } from './types';

type SdkOrder = orders.Order;
type SdkAddress = NonNullable<NonNullable<SdkOrder['billingInfo']>['address']>;
type SdkContact = NonNullable<SdkOrder['billingInfo']>['contactDetails'];
type SdkPrice = { formattedAmount?: string | null; amount?: string | null } | null | undefined;

const money = (price: SdkPrice) => price?.formattedAmount || price?.amount || '—';
const hasAmount = (price: SdkPrice) => !!price?.amount && !/^0*(\.0*)?$/.test(price.amount);

function fullName(contact: SdkContact): string | null {
  const name = [contact?.firstName, contact?.lastName].filter((p) => p?.trim()).join(' ');
  return name || null;
}

function reshapeAddress(address: SdkAddress | undefined, contact: SdkContact): OrderAddress | null {
  if (!address) return null;
  const street = address.streetAddress
    ? [address.streetAddress.number, address.streetAddress.name].filter(Boolean).join(' ')
    : '';
  const lines = [
    address.addressLine1 || street,
    address.addressLine2,
    [address.city, address.subdivisionFullname || address.subdivision, address.postalCode]
      .filter(Boolean)
      .join(' '),
    address.countryFullname || address.country,
  ].filter((line): line is string => !!line?.trim());
  return lines.length ? { name: fullName(contact), lines } : null;
}

export function reshapeOrder(order: SdkOrder): Order {
  const prices = order.priceSummary;
  const destination = order.shippingInfo?.logistics?.shippingDestination;
  return {
    id: order._id ?? '',
    number: order.number ?? '',
    lines: (order.lineItems ?? []).map((line) => {
      const name = line.productName?.translated || line.productName?.original || 'Item';
      return {
        id: line._id ?? '',
        name,
        options: reshapeOptions(line.descriptionLines),
        quantity: line.quantity ?? 1,
        image: toProductImage(line.image, name),
        linePrice: money(line.totalPriceBeforeTax ?? line.lineItemPrice ?? line.price),
      };
    }),
    totals: {
      subtotal: money(prices?.subtotal),
      discount: hasAmount(prices?.discount) ? money(prices?.discount) : null,
      shipping: hasAmount(prices?.shipping) ? money(prices?.shipping) : null,
      total: money(prices?.total),
    },
    shippingAddress: reshapeAddress(destination?.address, destination?.contactDetails),
    buyer: {
      name: fullName(order.billingInfo?.contactDetails),
      email: order.buyerInfo?.email ?? null,
    },
  };
}

/**
 * The order, for its buyer (the session's tokens). Unknown and someone else's orders are both
 * null, so a page cannot tell them apart; other failures throw a CartError.
 */
export async function getOrder(tokens: SessionTokens, id: string): Promise<Order | null> {
  try {
    return reshapeOrder(await createWixClient(tokens).orders.getOrder(id));
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status;
    if (isNotFound(error) || status === 403) return null;
    throw toCartError(error);
  }
}
