import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import type { EmulatorDomain } from '../domains/types';
import { createEcomCheckoutSession } from './checkout/intent';
import { placeOrderRoutes } from './checkout/place-order-route';
import { checkoutPageRoutes } from './checkout/routes';
import { orderRoutes } from './orders/routes';
import { moveCartAtSignIn } from './sign-in';
import { cartV1Routes } from './v1/routes';
import { cartV2LineRoutes } from './v2/line-routes';
import { cartV2Routes } from './v2/routes';

/** Wix eCommerce: current carts (V1 and V2 over the same carts), checkout and orders. */
export const ecomDomain: EmulatorDomain = {
  name: 'ecom',
  routes(ctx: EmulatorContext) {
    const app = new Hono<AppEnv>();
    for (const routes of [
      cartV2Routes,
      cartV2LineRoutes,
      cartV1Routes,
      orderRoutes,
      checkoutPageRoutes,
      placeOrderRoutes,
    ])
      app.route('/', routes(ctx));
    return app;
  },
  intents: { ecomCheckout: createEcomCheckoutSession },
  onMemberSignIn: moveCartAtSignIn,
};
