import { WIX_BOOKINGS_APP_ID } from '../../../lib/wix-app-ids';
import type { EmulatorContext } from '../../context';
import { newId } from '../../crypto';
import type { Order } from '../../ecom/model';
import { recordOrder } from '../../ecom/orders/record-order';
import type { Booking } from '../model';
import type { BookingValues } from './form';
import { formatWhen, priceCents } from './format';
import type { BookingPayload } from './intent';
import type { OpenBooking } from './session';
import type { SlotCheck } from './slot-check';

/** A paid booking's eCom order: one SERVICE line whose catalog item is the booking. */
function bookingOrder(
  ctx: EmulatorContext,
  open: OpenBooking,
  bookingId: string,
  startMs: number,
  values: BookingValues,
): Order {
  const { business } = ctx.store.state.bookings;
  const { service, intent } = open;
  const cents = priceCents(service);
  const when = `${formatWhen(startMs, business.timeZone)} (${business.timeZone})`;
  return recordOrder(ctx, {
    cartId: null,
    checkoutId: null,
    channelType: 'WEB',
    buyer: intent.identity,
    email: values.email,
    firstName: values.firstName,
    lastName: values.lastName,
    phone: values.phone || null,
    address: null,
    lines: [
      {
        id: newId(),
        catalogReference: { appId: WIX_BOOKINGS_APP_ID, catalogItemId: bookingId },
        productId: service.id,
        name: service.name,
        descriptionLines: [{ name: 'Date and time', value: when }],
        mediaId: service.mediaId,
        sku: '',
        unitCents: cents,
        fullUnitCents: cents,
        quantity: 1,
        service: { scheduledDate: new Date(startMs).toISOString(), participants: 1 },
      },
    ],
    subtotalCents: cents,
    discountCents: 0,
    totalCents: cents,
    currency: business.currency,
    coupon: null,
    buyerNote: null,
    purchaseFlowId: newId(),
  });
}

/**
 * Books the checked session for the session's creator: CONFIRMED at once (paid: PAID with an
 * order; free: EXEMPT), and the session is used up. Synchronous, so nothing can book the same
 * place between the caller's check and this write.
 */
export function placeBooking(
  ctx: EmulatorContext,
  open: OpenBooking,
  check: Extract<SlotCheck, { ok: true }>,
  values: BookingValues,
): { booking: Booking; order: Order | null } {
  const state = ctx.store.state.bookings;
  const now = new Date(ctx.clock()).toISOString();
  const { slot, staffId } = check;
  const id = newId();
  const order =
    priceCents(open.service) > 0 ? bookingOrder(ctx, open, id, slot.startMs, values) : null;
  const booking: Booking = {
    id,
    serviceId: open.service.id,
    startMs: slot.startMs,
    endMs: slot.endMs,
    staffId,
    eventId: slot.eventId,
    participants: 1,
    status: 'CONFIRMED',
    paymentStatus: order ? 'PAID' : 'EXEMPT',
    owner: open.intent.identity,
    contact: values,
    timeZone: open.payload.shopperTimeZone,
    orderId: order?.id ?? null,
    revision: 1,
    createdDate: now,
    updatedDate: now,
    canceledDate: null,
  };
  state.bookings[id] = booking;
  const payload: BookingPayload = { ...open.payload, bookingId: id, orderId: booking.orderId };
  open.intent.payload = payload;
  open.intent.usedAt = ctx.clock();
  ctx.store.changed();
  return { booking, order };
}
