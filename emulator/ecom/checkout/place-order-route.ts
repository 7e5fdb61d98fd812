import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { readForm } from '../../pages/forms';
import { announceProductChange } from '../../stores/webhook';
import { priceOf } from '../carts';
import { readCheckoutForm } from './form';
import { placeOrder, stockChanges } from './place-order';
import { checkoutRefusal, renderCheckout } from './render';
import { callbackUrl } from '../../redirects/callbacks';
import { openCheckout } from './session';

/** "Place order": checks the form, the cart and the stock as of now, "pays", then orders. */
export function placeOrderRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/_wix/checkout/place-order', async (c) => {
    const form = await readForm(c);
    // Also checks the return addresses again: the app's domains may have changed meanwhile.
    const state = checkoutRefusal(c, ctx, openCheckout(ctx, form.session));
    if ('page' in state) return state.page;
    const checkout = state.ready;
    const { values, problems } = readCheckoutForm(form);
    const payment = form.payment === 'declined' ? 'declined' : 'success';
    const render = (status: 400 | 402 | 409, extras: { problems?: string[]; alert?: string }) =>
      renderCheckout(c, ctx, checkout, { values, payment, ...extras }, status);
    if (problems.length) return render(400, { problems });
    const priced = priceOf(ctx, checkout.cart);
    if (form.revision !== String(checkout.cart.revision)) {
      const alert =
        'Your cart changed while you were checking out. Check your order and place it again.';
      return render(409, { alert });
    }
    const changes = stockChanges(ctx, priced, form.shown ?? '');
    if (changes.length) {
      const alert = `Stock changed while you were checking out: ${changes.join(' ')} Check your order and place it again.`;
      return render(409, { alert });
    }
    if (priced.lines.every((l) => l.confirmed === 0)) {
      return render(409, {
        alert: 'Nothing in your cart is in stock, so there is nothing to order.',
      });
    }
    if (payment === 'declined') {
      const alert =
        'Your payment was declined by the test card. Nothing was charged or ordered; choose the other test card to try again.';
      return render(402, { alert });
    }
    const { order, changed } = placeOrder(ctx, checkout, priced, values);
    // The storefront's caches learn about the new stock before the shopper lands back there.
    await Promise.all(changed.map((product) => announceProductChange(ctx, product, ['stock'])));
    const { thankYouPageUrl } = checkout.callbacks;
    const next = thankYouPageUrl
      ? callbackUrl(thankYouPageUrl, { orderId: order.id })
      : `${ctx.config.publicUrl}/_wix/checkout/thank-you?session=${encodeURIComponent(checkout.session.id)}`;
    return c.redirect(next, 303);
  });

  return app;
}
