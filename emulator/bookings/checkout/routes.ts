import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { checkoutMessage } from '../../ecom/checkout/messages';
import { readForm } from '../../pages/forms';
import { callbackUrl } from '../../redirects/callbacks';
import { findSlot } from '../slots/engine';
import { bookedView } from './view';
import { readBookingForm } from './form';
import { priceCents } from './format';
import { placeBooking } from './place-booking';
import { bookingDetails, bookingRefusal, renderBooking, slotRefusal } from './render';
import { openBooking, type OpenBooking } from './session';
import { checkSlot } from './slot-check';

/** Whether the session's time can be booked at this very moment (capacity, staff, lead time). */
function checkNow(ctx: EmulatorContext, open: OpenBooking) {
  const { service, payload } = open;
  const slot = payload.startMs === null ? null : findSlot(ctx, service, payload.startMs);
  return checkSlot(service, payload, slot);
}

/** The hosted booking page (fullUrl of a `bookingsCheckout` session), "Book", and its confirmation. */
export function bookingCheckoutRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/_wix/bookings-checkout', (c) => {
    const state = bookingRefusal(c, openBooking(ctx, c.req.query('session')));
    if ('page' in state) return state.page;
    const check = checkNow(ctx, state.ready);
    if (!check.ok) return slotRefusal(c, state.ready, check);
    return renderBooking(c, ctx, state.ready, check, {}, 200);
  });

  app.post('/_wix/bookings-checkout/book', async (c) => {
    const form = await readForm(c);
    // From here on nothing awaits: the check and the write happen in one turn of the event loop,
    // so two shoppers racing for the last place get one booking and one refusal.
    const state = bookingRefusal(c, openBooking(ctx, form.session));
    if ('page' in state) return state.page;
    const open = state.ready;
    const check = checkNow(ctx, open);
    if (!check.ok) return slotRefusal(c, open, check);
    const { values, problems } = readBookingForm(form);
    const payment = form.payment === 'declined' ? 'declined' : 'success';
    if (problems.length)
      return renderBooking(c, ctx, open, check, { values, payment, problems }, 400);
    if (priceCents(open.service) > 0 && payment === 'declined') {
      const alert = 'Your card was declined. No booking was made.';
      return renderBooking(c, ctx, open, check, { values, payment, alert }, 402);
    }
    const { booking, order } = placeBooking(ctx, open, check, values);
    const { thankYouPageUrl, postFlowUrl } = open.callbacks;
    const params = { bookingId: booking.id, ...(order ? { orderId: order.id } : {}) };
    const next = thankYouPageUrl
      ? callbackUrl(thankYouPageUrl, params)
      : postFlowUrl
        ? callbackUrl(postFlowUrl)
        : `${ctx.config.publicUrl}/_wix/bookings-checkout/confirmed?session=${encodeURIComponent(open.session.id)}`;
    return c.redirect(next, 303);
  });

  // Where a booking lands when the site gave neither thankYouPageUrl nor postFlowUrl.
  app.get('/_wix/bookings-checkout/confirmed', (c) => {
    const state = openBooking(ctx, c.req.query('session'));
    const bookingId = state.kind === 'used' ? state.payload.bookingId : undefined;
    const booking = bookingId ? ctx.store.state.bookings.bookings[bookingId] : undefined;
    if (state.kind !== 'used' || !booking) {
      const message = 'There is no booking for this link. Go back to the site.';
      return checkoutMessage(c, 404, 'No booking here', message);
    }
    const details = bookingDetails(ctx, state, booking.startMs, booking.staffId, null);
    const back = state.callbacks.backUrl ? callbackUrl(state.callbacks.backUrl) : undefined;
    return c.html(bookedView(state.service.name, details, back), 200);
  });

  return app;
}
