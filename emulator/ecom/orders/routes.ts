import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { wixError } from '../../http/errors';
import { requireAccessToken } from '../../oauth/authenticate';
import { ecomOf, sameIdentity } from '../carts';
import { orderJson } from './order-json';

/** `orders.getOrder(id)`: the shopper who placed it may read it, as Wix's templates do. */
export function orderRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The SDK repeats the id as `?id=`; the path wins.
  app.get('/ecom/v1/orders/:id', requireAccessToken(ctx), (c) => {
    const id = c.req.param('id');
    const { orders } = ecomOf(ctx);
    const order = Object.hasOwn(orders, id) ? orders[id] : undefined;
    // Someone else's order is answered like a missing one: its existence is not revealed.
    if (!order || !sameIdentity(order.buyer, c.get('auth').identity)) {
      return wixError(c, 404, 'ORDER_NOT_FOUND', 'Order not found');
    }
    return c.json({ order: orderJson(order) });
  });
  return app;
}
