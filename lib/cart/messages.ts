import { NOT_CONNECTED_MESSAGE } from '../not-connected';

/** What a shopper reads when a cart action could not be done. */
export const CART_MESSAGES = {
  unavailable: "We could not reach the shop's cart, nothing was changed. Please try again shortly.",
  notConnected: NOT_CONNECTED_MESSAGE,
  sessionEnded: 'Your session with the shop had ended, nothing was changed. Please try again.',
  refused: 'The shop did not accept that change.',
  empty: 'Your cart is empty.',
  checkoutUnavailable: 'Checkout could not be started. Nothing was charged; please try again.',
} as const;

/**
 * The outcome of a form posted without JavaScript, as a code in /cart's URL (`?notice=`): the
 * text comes from this table, never from the URL, so a link cannot put words on the page.
 */
export const NOTICES = {
  added: { tone: 'status', text: 'Added to your cart.' },
  updated: { tone: 'status', text: 'Quantity updated.' },
  removed: { tone: 'status', text: 'Removed from your cart.' },
  'coupon-applied': { tone: 'status', text: 'Promo code applied.' },
  'coupon-removed': { tone: 'status', text: 'Promo code removed.' },
  'coupon-refused': { tone: 'alert', text: 'That promo code cannot be used.' },
  refused: { tone: 'alert', text: CART_MESSAGES.refused },
  invalid: { tone: 'alert', text: 'That request was not valid, nothing was changed.' },
  'choose-options': { tone: 'alert', text: 'Choose your options first, nothing was added.' },
  'sold-out': { tone: 'alert', text: 'That item is out of stock, nothing was added.' },
  unavailable: { tone: 'alert', text: CART_MESSAGES.unavailable },
  'not-connected': { tone: 'alert', text: CART_MESSAGES.notConnected },
  'session-ended': { tone: 'alert', text: CART_MESSAGES.sessionEnded },
  'checkout-failed': { tone: 'alert', text: CART_MESSAGES.checkoutUnavailable },
} as const satisfies Record<string, { tone: 'status' | 'alert'; text: string }>;

export type NoticeCode = keyof typeof NOTICES;

export function readNotice(value: unknown): (typeof NOTICES)[NoticeCode] | null {
  if (typeof value !== 'string' || !Object.hasOwn(NOTICES, value)) return null;
  return NOTICES[value as NoticeCode];
}
