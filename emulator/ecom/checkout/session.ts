import type { EmulatorContext } from '../../context';
import { refusedCallback } from '../../redirects/callbacks';
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

/** The checkout behind a session id, with its return addresses checked now: unknown, refused or open. */
export function openCheckout(ctx: EmulatorContext, sessionId: string | undefined): CheckoutState {
  const session = findRedirectSession(ctx, sessionId);
  const intent = session?.intent;
  const payload = checkoutPayloadSchema.safeParse(intent?.payload);
  if (!session || !intent || intent.name !== ECOM_CHECKOUT || !payload.success) {
    return { kind: 'expired' };
  }
  const refused = refusedCallback(ctx, intent, USED_CALLBACKS);
  if (refused) return { kind: 'not-allowed', ...refused };
  const { cartId, checkoutId } = payload.data;
  const found = Object.hasOwn(ecomOf(ctx).carts, cartId) ? ecomOf(ctx).carts[cartId] : undefined;
  const cart = found && sameIdentity(found.owner, intent.identity) ? found : undefined;
  const { thankYouPageUrl, postFlowUrl, cartPageUrl } = intent.callbacks;
  const backUrl = cartPageUrl ?? postFlowUrl;
  const callbacks = { thankYouPageUrl, postFlowUrl, backUrl };
  return { kind: 'open', session, intent, checkoutId, cart, callbacks };
}
