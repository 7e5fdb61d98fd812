import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { readForm } from '../../pages/forms';
import { findRedirectSession } from '../../redirects/sessions';
import { applyCoupon, removeCoupon } from '../cart-ops';
import { ecomOf, editThisCart } from '../carts';
import { checkoutMessage, thankYouPage } from './messages';
import { checkoutRefusal, renderCheckout } from './render';
import { callbackUrl } from '../../redirects/callbacks';
import { openCheckout } from './session';

const again = (id: string) => `/_wix/checkout?session=${encodeURIComponent(id)}`;

/** The hosted checkout page (fullUrl of an `ecomCheckout` session), its promo code and thank-you. */
export function checkoutPageRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/_wix/checkout', (c) => {
    const state = checkoutRefusal(c, ctx, openCheckout(ctx, c.req.query('session')));
    return 'page' in state ? state.page : renderCheckout(c, ctx, state.ready, {}, 200);
  });

  app.post('/_wix/checkout/promo', async (c) => {
    const form = await readForm(c);
    const state = checkoutRefusal(c, ctx, openCheckout(ctx, form.session));
    if ('page' in state) return state.page;
    const checkout = state.ready;
    const code = (form.code ?? '').trim();
    if (!code) return renderCheckout(c, ctx, checkout, { promoError: 'Enter a promo code.' }, 400);
    const result = editThisCart(ctx, checkout.cart, (draft) => applyCoupon(ctx, draft, code, 'v1'));
    if (!result.ok) {
      const promoError =
        result.error.kind === 'app' ? `${result.error.message}.` : 'Enter a valid promo code.';
      return renderCheckout(c, ctx, checkout, { promoError, promoCode: code }, 400);
    }
    return c.redirect(again(checkout.session.id), 303);
  });

  app.post('/_wix/checkout/promo/remove', async (c) => {
    const form = await readForm(c);
    const state = checkoutRefusal(c, ctx, openCheckout(ctx, form.session));
    if ('page' in state) return state.page;
    editThisCart(ctx, state.ready.cart, (draft) => removeCoupon(draft));
    return c.redirect(again(state.ready.session.id), 303);
  });

  // Where a placed order lands when the storefront gave no thankYouPageUrl.
  app.get('/_wix/checkout/thank-you', (c) => {
    const session = findRedirectSession(ctx, c.req.query('session'));
    const intent = session?.intent;
    const state = openCheckout(ctx, session?.id);
    const orderId = state.kind === 'open' ? state.cart?.orderId : null;
    const order = orderId ? ecomOf(ctx).orders[orderId] : undefined;
    if (!intent?.usedAt || !order || state.kind !== 'open') {
      const message = 'There is no order for this link. Go back to the store.';
      return checkoutMessage(c, 404, 'No order here', message);
    }
    const { postFlowUrl } = state.callbacks;
    const link = postFlowUrl
      ? { href: callbackUrl(postFlowUrl), text: 'Continue shopping' }
      : undefined;
    return thankYouPage(c, order, link);
  });

  return app;
}
