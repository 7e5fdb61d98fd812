import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { readJsonBody } from '../../http/json-body';
import { requireAccessToken } from '../../oauth/authenticate';
import { addItems, applyCoupon, removeCoupon, removeItems, setLineQuantities } from '../cart-ops';
import { editCart, priceOf } from '../carts';
import { appError, respond } from '../errors';
import type { Cart } from '../model';
import { v2CartJson } from './cart-json';
import {
  addCouponBody,
  addLinesBody,
  removeCouponBody,
  removeLinesBody,
  updateLinesBody,
} from './requests';

const BASE = '/ecom/v2/carts/current';

/** Cart V2 current cart: line items and the coupon. */
export function cartV2LineRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = requireAccessToken(ctx);
  const cartJson = (cart: Cart) => ({ cart: v2CartJson(ctx, cart, priceOf(ctx, cart)) });

  app.post(`${BASE}/add-line-items`, auth, async (c) => {
    const body = await readJsonBody(c, addLinesBody);
    if (!body.ok) return body.response;
    const items = body.value.catalogItems ?? [];
    if (!items.length) {
      return respond(
        c,
        { ok: false, error: appError(400, 'NO_LINE_ITEMS_TO_ADD', 'No line items to add') },
        cartJson,
      );
    }
    // Adding is the one edit that starts a cart when there is none.
    const result = editCart(ctx, c.get('auth').identity, { create: true }, (draft) =>
      addItems(ctx, draft, items, 'catalogItems'),
    );
    return respond(c, result, cartJson);
  });

  app.post(`${BASE}/update-line-items`, auth, async (c) => {
    const body = await readJsonBody(c, updateLinesBody);
    if (!body.ok) return body.response;
    const { lineItems } = body.value;
    const ids = lineItems.map((u) => u.lineItemId);
    const duplicateLineItemIds = ids.filter((id, i) => ids.indexOf(id) !== i);
    const lineItemIds = lineItems.filter((u) => !u.quantity).map((u) => u.lineItemId);
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) => {
      if (duplicateLineItemIds.length) {
        return appError(400, 'DUPLICATE_LINE_ITEM_UPDATES', 'A line item is updated twice', {
          duplicateLineItemIds,
        });
      }
      if (lineItemIds.length) {
        return appError(400, 'EMPTY_LINE_ITEM_UPDATES', 'A line item update changes nothing', {
          lineItemIds,
        });
      }
      const updates = lineItems.map((u) => ({
        id: u.lineItemId,
        quantity: u.quantity?.newQuantity ?? 1,
      }));
      return setLineQuantities(draft, updates);
    });
    return respond(c, result, cartJson);
  });

  app.post(`${BASE}/remove-line-items`, auth, async (c) => {
    const body = await readJsonBody(c, removeLinesBody);
    if (!body.ok) return body.response;
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) =>
      removeItems(draft, body.value.lineItemIds, 'v2'),
    );
    return respond(c, result, cartJson);
  });

  app.post(`${BASE}/add-coupon`, auth, async (c) => {
    const body = await readJsonBody(c, addCouponBody);
    if (!body.ok) return body.response;
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) =>
      applyCoupon(ctx, draft, body.value.coupon.code, 'v2'),
    );
    return respond(c, result, cartJson);
  });

  app.post(`${BASE}/remove-coupon`, auth, async (c) => {
    const body = await readJsonBody(c, removeCouponBody);
    if (!body.ok) return body.response;
    const result = editCart(ctx, c.get('auth').identity, {}, (draft) =>
      removeCoupon(draft, body.value.couponId),
    );
    return respond(c, result, cartJson);
  });

  return app;
}
