import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, EmulatorContext } from '../../context';
import { validationError, wixError, zodViolations } from '../../http/errors';
import { createRedirectSession, redirectSessionBody } from '../../redirects/sessions';
import type { RedirectSessionRequest } from '../../redirects/schema';
import { ecomOf, sameIdentity } from '../carts';
import { guid } from '../requests';

export const ECOM_CHECKOUT = 'ecomCheckout';

const intentSchema = z.object({
  ecomCheckout: z.looseObject({ checkoutId: guid }),
  // thankYouPageUrl, postFlowUrl, cartPageUrl, loginUrl, …: checked when the page uses them.
  callbacks: z.record(z.string(), z.string()).optional(),
});

/** What the hosted checkout page works on (stored as the session's intent payload). */
export const checkoutPayloadSchema = z.object({ cartId: z.string(), checkoutId: z.string() });

/**
 * `ecomCheckout` intent: the id is a V1 checkout id or a Cart V2 cart id (Wix's newest code hands
 * the cart id), and must belong to the caller.
 */
export function createEcomCheckoutSession(
  ctx: EmulatorContext,
  c: Context<AppEnv>,
  body: RedirectSessionRequest,
) {
  const parsed = intentSchema.safeParse(body);
  if (!parsed.success) return validationError(c, zodViolations(parsed.error));
  const { checkoutId } = parsed.data.ecomCheckout;
  const { checkouts, carts } = ecomOf(ctx);
  const cartId = Object.hasOwn(checkouts, checkoutId) ? checkouts[checkoutId]?.cartId : checkoutId;
  const cart = cartId && Object.hasOwn(carts, cartId) ? carts[cartId] : undefined;
  const auth = c.get('auth');
  // Another shopper's checkout is answered like a missing one: its existence is not revealed.
  if (!cart || !sameIdentity(cart.owner, auth.identity)) {
    return wixError(
      c,
      404,
      'CHECKOUT_NOT_FOUND',
      `No checkout or cart ${checkoutId} for this caller`,
    );
  }
  const session = createRedirectSession(ctx, {
    intent: {
      name: ECOM_CHECKOUT,
      clientId: auth.clientId,
      identity: auth.identity,
      payload: { cartId: cart.id, checkoutId },
      callbacks: parsed.data.callbacks ?? {},
      usedAt: null,
    },
  });
  return c.json(redirectSessionBody(ctx, session, 'checkout'));
}
