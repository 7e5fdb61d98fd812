import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { newId } from '../../crypto';
import { readJsonBody } from '../../http/json-body';
import { requireAccessToken } from '../../oauth/authenticate';
import { addItems, applyCoupon, removeCoupon, removeItems, setLineQuantities } from '../cart-ops';
import { deleteCurrentCart, ecomOf, editCart, priceOf, requireCart } from '../carts';
import { appError, respond } from '../errors';
import type { Cart } from '../model';
import { v1CartJson } from './cart-json';
import {
  addBody,
  createCheckoutBody,
  estimateBody,
  patchBody,
  removeBody,
  updateQuantityBody,
} from './requests';
import { v1TotalsJson } from './totals-json';

const BASE = '/ecom/v1/carts/current';

/** Current cart V1 (deprecated by Wix, still what its templates call), over the same carts as V2. */
export function cartV1Routes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = requireAccessToken(ctx);
  const cartJson = (cart: Cart) => ({ cart: v1CartJson(ctx, cart, priceOf(ctx, cart)) });

  // getCurrentCart and updateCurrentCart: the SDK unwraps `cart` itself.
  app.get(BASE, auth, (c) => respond(c, requireCart(ctx, c.get('auth').identity), cartJson));

  app.post(`${BASE}/add-to-cart`, auth, async (c) => {
    const body = await readJsonBody(c, addBody);
    if (!body.ok) return body.response;
    const items = body.value.lineItems ?? [];
    if (!items.length) {
      const error = appError(400, 'NO_LINE_ITEMS_TO_ADD', 'No line items to add');
      return respond(c, { ok: false, error }, cartJson);
    }
    const result = editCart(ctx, c.get('auth').identity, { create: true }, (draft) =>
      addItems(ctx, draft, items, 'lineItems'),
    );
    return respond(c, result, cartJson);
  });

  app.post(`${BASE}/update-line-items-quantity`, auth, async (c) => {
    const body = await readJsonBody(c, updateQuantityBody);
    if (!body.ok) return body.response;
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) =>
      setLineQuantities(draft, body.value.lineItems),
    );
    return respond(c, result, cartJson);
  });

  app.post(`${BASE}/remove-line-items`, auth, async (c) => {
    const body = await readJsonBody(c, removeBody);
    if (!body.ok) return body.response;
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) =>
      removeItems(draft, body.value.lineItemIds, 'v1'),
    );
    return respond(c, result, cartJson);
  });

  app.patch(BASE, auth, async (c) => {
    const body = await readJsonBody(c, patchBody);
    if (!body.ok) return body.response;
    const { cartInfo = {}, couponCode, lineItems = [] } = body.value;
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) => {
      if (cartInfo.buyerNote !== undefined) draft.buyerNote = cartInfo.buyerNote;
      if (cartInfo.overrideCheckoutUrl !== undefined) {
        draft.overrideCheckoutUrl = cartInfo.overrideCheckoutUrl;
      }
      return (
        (lineItems.length ? addItems(ctx, draft, lineItems, 'lineItems') : null) ??
        (couponCode ? applyCoupon(ctx, draft, couponCode, 'v1') : null)
      );
    });
    return respond(c, result, cartJson);
  });

  app.post(`${BASE}/remove-coupon`, auth, (c) => {
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) => removeCoupon(draft));
    return respond(c, result, cartJson);
  });

  app.post(`${BASE}/estimate-totals`, auth, async (c) => {
    const body = await readJsonBody(c, estimateBody);
    if (!body.ok) return body.response;
    const cart = requireCart(ctx, c.get('auth').identity);
    return respond(c, cart, (value) => v1TotalsJson(ctx, value, priceOf(ctx, value)));
  });

  // Typings: a repeat call updates the same checkout, so the id stays the same.
  app.post(`${BASE}/create-checkout`, auth, async (c) => {
    const body = await readJsonBody(c, createCheckoutBody);
    if (!body.ok) return body.response;
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) => {
      draft.checkoutId ??= newId();
      return null;
    });
    if (result.ok) {
      const cart = result.value;
      const id = cart.checkoutId ?? newId();
      const { checkouts } = ecomOf(ctx);
      checkouts[id] = {
        id,
        cartId: cart.id,
        channelType: body.value.channelType,
        createdDate: checkouts[id]?.createdDate ?? new Date(ctx.clock()).toISOString(),
      };
      ctx.store.changed();
    }
    return respond(c, result, (cart) => ({ checkoutId: cart.checkoutId }));
  });

  app.delete(BASE, auth, (c) =>
    respond(c, deleteCurrentCart(ctx, c.get('auth').identity), () => ({})),
  );

  return app;
}
