import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import type { EmulatorDomain } from '../domains/types';
import { bookingsAdminRoutes } from './admin-routes';
import { availabilityRoutes } from './availability/routes';
import { memberBookingRoutes } from './bookings/routes';
import { createBookingsCheckoutSession } from './checkout/intent';
import { bookingCheckoutRoutes } from './checkout/routes';
import { serviceRoutes } from './services/routes';

type Routes = (ctx: EmulatorContext) => Hono<AppEnv>;

/** Every route group of the domain; checkout and bookings routes are added here too. */
const ROUTES: Routes[] = [
  serviceRoutes,
  availabilityRoutes,
  bookingsAdminRoutes,
  bookingCheckoutRoutes,
  memberBookingRoutes,
];

/** Wix Bookings: services, V2 time slots, the bookings checkout and a member's bookings. */
export const bookingsDomain: EmulatorDomain = {
  name: 'bookings',
  routes(ctx: EmulatorContext) {
    const app = new Hono<AppEnv>();
    for (const routes of ROUTES) app.route('/', routes(ctx));
    return app;
  },
  intents: { bookingsCheckout: createBookingsCheckoutSession },
};
