import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { EmulatorContext } from '../../context';
import { findApp } from '../../oauth/apps';
import { ecomOf, priceOf } from '../carts';
import { lineDisplay, optionsText } from '../line-view';
import type { Cart } from '../model';
import { formatMoney } from '../money';
import type { PricedLine } from '../pricing';
import { checkoutMessage } from './messages';
import { quantitiesShown } from './place-order';
import { callbackUrl } from '../../redirects/callbacks';
import { type CheckoutState, type OpenCheckout } from './session';
import { checkoutView, type CheckoutViewModel } from './view';

export type ReadyCheckout = OpenCheckout & { cart: Cart };

function noteOf(line: PricedLine): string | undefined {
  if (line.status === 'REMOVED_FROM_CATALOG') return 'No longer available: not included';
  if (line.status === 'OUT_OF_STOCK') return 'Out of stock: not included';
  if (line.status === 'PARTIALLY_IN_STOCK') {
    return `Only ${line.confirmed} left (you asked for ${line.requested})`;
  }
  return undefined;
}

/** The checkout page for a cart as it is now; `extras` keep what the shopper entered. */
export function renderCheckout(
  c: Context,
  ctx: EmulatorContext,
  checkout: ReadyCheckout,
  extras: Partial<CheckoutViewModel>,
  status: ContentfulStatusCode,
) {
  const { cart, session, intent, callbacks } = checkout;
  const { catalog } = ctx.store.state;
  const money = (cents: number) => formatMoney(cents, catalog.currency);
  const priced = priceOf(ctx, cart);
  const lines = priced.lines.map((l) => {
    const shown = lineDisplay(catalog, l.line);
    const note = noteOf(l);
    const options = optionsText(shown.descriptionLines);
    return {
      name: shown.name,
      options,
      quantity: l.confirmed,
      price: money(l.totalCents),
      ...(note ? { note } : {}),
    };
  });
  const model: CheckoutViewModel = {
    sessionId: session.id,
    appName: findApp(ctx.store.state, intent.clientId)?.name ?? 'the store',
    revision: cart.revision,
    shown: quantitiesShown(priced),
    lines,
    subtotal: money(priced.subtotalCents),
    discount: priced.coupon ? money(priced.discountCents) : null,
    total: money(priced.totalCents),
    couponCode: cart.coupon?.code ?? null,
    ...(callbacks.backUrl ? { backUrl: callbackUrl(callbacks.backUrl) } : {}),
    ...extras,
  };
  return c.html(checkoutView(model), status);
}

/**
 * The message page for a checkout that cannot go on (unknown session, refused return address,
 * finished, cart gone or empty), or the checkout ready to use.
 */
export function checkoutRefusal(
  c: Context,
  ctx: EmulatorContext,
  state: CheckoutState,
): { page: Response | Promise<Response> } | { ready: ReadyCheckout } {
  if (state.kind === 'expired') {
    const message =
      'This checkout link is unknown or has expired. Go back to the store and start the checkout again.';
    return { page: checkoutMessage(c, 400, 'This checkout link has expired', message) };
  }
  if (state.kind === 'not-allowed') {
    const message = state.address
      ? `The return address ${state.address} is not in this app's allowed redirect domains, so this checkout cannot continue.`
      : 'The app that started this checkout no longer exists, so this checkout cannot continue.';
    return { page: checkoutMessage(c, 400, 'Return address not allowed', message) };
  }
  const { cart, intent, callbacks } = state;
  const shop = callbacks.postFlowUrl
    ? { href: callbackUrl(callbacks.postFlowUrl), text: 'Back to the shop' }
    : undefined;
  if (intent.usedAt !== null || cart?.status === 'ordered') {
    const order = cart?.orderId ? ecomOf(ctx).orders[cart.orderId] : undefined;
    const placed = order ? `Order number ${order.number} was placed with it. ` : '';
    const message = `This checkout is finished. ${placed}Start a new checkout from the shop.`;
    return { page: checkoutMessage(c, 410, 'This checkout is finished', message, shop) };
  }
  if (!cart || cart.status !== 'current') {
    const message =
      'The cart of this checkout was deleted or replaced. Go back to the store and start the checkout again.';
    return { page: checkoutMessage(c, 404, 'This cart is gone', message, shop) };
  }
  if (!cart.lines.length) {
    const back = callbacks.backUrl
      ? { href: callbackUrl(callbacks.backUrl), text: 'Back to cart' }
      : undefined;
    return {
      page: checkoutMessage(
        c,
        409,
        'Your cart is empty',
        'There is nothing to check out yet.',
        back,
      ),
    };
  }
  return { ready: { ...state, cart } };
}
