import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { readJsonBody } from '../../http/json-body';
import { requireAccessToken } from '../../oauth/authenticate';
import { addItems, applyCoupon } from '../cart-ops';
import { deleteCurrentCart, editCart, priceOf, requireCart } from '../carts';
import { appError, respond, type Op } from '../errors';
import type { Cart } from '../model';
import { v2CartJson } from './cart-json';
import { calculateBody, createBody, estimateBody, patchBody } from './requests';
import { v2SummaryJson } from './summary-json';

const BASE = '/ecom/v2/carts/current';

/** Typings' CartRevisionMismatchErrorData; the code follows Wix's `<CODE>ErrorData` naming. */
function revisionMismatch(expected: string, cart: Cart) {
  const currentRevision = String(cart.revision);
  const message = `The cart is at revision ${currentRevision}, not ${expected}; read it again`;
  return appError(409, 'CART_REVISION_MISMATCH', message, {
    expectedRevision: expected,
    currentRevision,
  });
}

/** Cart V2 current cart: create, get, update, delete, refresh, calculate, estimate. */
export function cartV2Routes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = requireAccessToken(ctx);
  const cartJson = (cart: Cart) => ({ cart: v2CartJson(ctx, cart, priceOf(ctx, cart)) });
  const withSummary = (cart: Cart) => {
    const priced = priceOf(ctx, cart);
    const { currency } = ctx.store.state.catalog;
    return { cart: v2CartJson(ctx, cart, priced), summary: v2SummaryJson(cart, priced, currency) };
  };

  app.post(BASE, auth, async (c) => {
    const body = await readJsonBody(c, createBody);
    if (!body.ok) return body.response;
    const { cart = {}, catalogItems = [], coupons = [] } = body.value;
    const result = editCart(ctx, c.get('auth').identity, { fresh: true }, (draft) => {
      draft.buyerNote = cart.note ?? null;
      draft.overrideCheckoutUrl = cart.customCheckoutUrl ?? null;
      const [coupon] = coupons;
      return (
        addItems(ctx, draft, catalogItems, 'catalogItems') ??
        (coupon ? applyCoupon(ctx, draft, coupon.code, 'v2') : null)
      );
    });
    return respond(c, result, cartJson);
  });

  app.get(BASE, auth, (c) => respond(c, requireCart(ctx, c.get('auth').identity), cartJson));

  app.patch(BASE, auth, async (c) => {
    const body = await readJsonBody(c, patchBody);
    if (!body.ok) return body.response;
    const { revision, note, customCheckoutUrl } = body.value.cart;
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) => {
      if (revision !== undefined && revision !== String(draft.revision)) {
        return revisionMismatch(revision, draft);
      }
      if (note !== undefined) draft.buyerNote = note;
      if (customCheckoutUrl !== undefined) draft.overrideCheckoutUrl = customCheckoutUrl;
      return null;
    });
    return respond(c, result, cartJson);
  });

  app.delete(BASE, auth, (c) =>
    respond(c, deleteCurrentCart(ctx, c.get('auth').identity), () => ({})),
  );

  // Prices and stock are read live on every call, so a refresh has nothing more to do.
  app.post(`${BASE}/refresh`, auth, (c) =>
    respond(c, requireCart(ctx, c.get('auth').identity), cartJson),
  );

  app.post(`${BASE}/calculate`, auth, async (c) => {
    const body = await readJsonBody(c, calculateBody);
    if (!body.ok) return body.response;
    const { expectedRevision } = body.value;
    let result: Op<Cart> = requireCart(ctx, c.get('auth').identity);
    if (result.ok && expectedRevision && expectedRevision !== String(result.value.revision)) {
      result = { ok: false, error: revisionMismatch(expectedRevision, result.value) };
    }
    return respond(c, result, withSummary);
  });

  // Delivery, tax, fees and gift cards are all zero here, so an estimate equals a calculation.
  app.post(`${BASE}/estimate`, auth, async (c) => {
    const body = await readJsonBody(c, estimateBody);
    if (!body.ok) return body.response;
    return respond(c, requireCart(ctx, c.get('auth').identity), withSummary);
  });

  return app;
}
