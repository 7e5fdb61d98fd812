import { defineState } from '../domains/types';
import { seedGuid } from '../stores/build-catalog';
import { ecomSchema, type EcomState } from './model';

export const FIRST_ORDER_NUMBER = 10001;

/** SAVE10 takes 10% off the subtotal; EXPIRED20 ran out at the start of 2024. */
export function seedEcom(): EcomState {
  const coupon = (code: string, name: string, percentOff: number, expiresAt: string | null) => ({
    id: seedGuid(`coupon:${code}`),
    code,
    name,
    percentOff,
    expiresAt,
  });
  return {
    carts: {},
    checkouts: {},
    orders: {},
    coupons: {
      SAVE10: coupon('SAVE10', '10% off your order', 10, null),
      EXPIRED20: coupon('EXPIRED20', '20% off (winter sale)', 20, '2024-01-01T00:00:00.000Z'),
    },
    nextOrderNumber: FIRST_ORDER_NUMBER,
  };
}

/** Deleted carts are the only thing dropped: ordered carts and orders live on. */
function pruneEcom(ecom: EcomState): void {
  for (const [id, cart] of Object.entries(ecom.carts)) {
    if (cart.status === 'deleted') delete ecom.carts[id];
  }
  for (const [id, checkout] of Object.entries(ecom.checkouts)) {
    if (!ecom.carts[checkout.cartId]) delete ecom.checkouts[id];
  }
}

/** Carts, checkouts, orders and coupons in state.json (`ecom`). */
export const ecomState = defineState({ schema: ecomSchema, seed: seedEcom, prune: pruneEcom });
