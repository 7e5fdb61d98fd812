import type { EmulatorContext } from '../../context';
import { findApp, isRedirectDomainAllowed } from '../../oauth/apps';
import { findRedirectSession } from '../../redirects/sessions';
import type { DomainIntent, RedirectSession } from '../../store/schema';
import { ecomOf, sameIdentity } from '../carts';
import type { Cart } from '../model';
import { checkoutPayloadSchema, ECOM_CHECKOUT } from './intent';

/** The return addresses the checkout uses, each already checked against the app's domains. */
export interface CheckoutCallbacks {
  thankYouPageUrl?: string;
  postFlowUrl?: string;
  /** Back to cart: cartPageUrl, else postFlowUrl. */
  backUrl?: string;
}

export interface OpenCheckout {
  session: RedirectSession;
  intent: DomainIntent;
  checkoutId: string;
  cart: Cart | undefined;
  callbacks: CheckoutCallbacks;
}

export type CheckoutState =
  | { kind: 'expired' }
  | { kind: 'not-allowed'; address: string | null }
  | ({ kind: 'open' } & OpenCheckout);

const USED_CALLBACKS = ['thankYouPageUrl', 'postFlowUrl', 'cartPageUrl'] as const;

/**
 * The checkout behind a session id, with its return addresses checked now (an app's domains may
 * have changed since the session was made): unknown session, refused address, or open.
 */
export function openCheckout(ctx: EmulatorContext, sessionId: string | undefined): CheckoutState {
  const session = findRedirectSession(ctx, sessionId);
  const intent = session?.intent;
  const payload = checkoutPayloadSchema.safeParse(intent?.payload);
  if (!session || !intent || intent.name !== ECOM_CHECKOUT || !payload.success) {
    return { kind: 'expired' };
  }
  const app = findApp(ctx.store.state, intent.clientId);
  if (!app) return { kind: 'not-allowed', address: null };
  for (const key of USED_CALLBACKS) {
    const url = intent.callbacks[key];
    if (url !== undefined && !isRedirectDomainAllowed(app, url)) {
      return { kind: 'not-allowed', address: url };
    }
  }
  const { cartId, checkoutId } = payload.data;
  const found = Object.hasOwn(ecomOf(ctx).carts, cartId) ? ecomOf(ctx).carts[cartId] : undefined;
  const cart = found && sameIdentity(found.owner, intent.identity) ? found : undefined;
  const { thankYouPageUrl, postFlowUrl, cartPageUrl } = intent.callbacks;
  const backUrl = cartPageUrl ?? postFlowUrl;
  const callbacks = { thankYouPageUrl, postFlowUrl, backUrl };
  return { kind: 'open', session, intent, checkoutId, cart, callbacks };
}

/** Every return from a Wix flow carries `wixMemberLoggedIn`; an order adds `orderId`. */
export function callbackUrl(url: string, params: Record<string, string> = {}): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  // No sign-in happens on the emulator's checkout page.
  target.searchParams.set('wixMemberLoggedIn', 'false');
  return target.href;
}
