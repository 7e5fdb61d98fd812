import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { EmulatorContext } from '../../context';
import type { Identity } from '../../store/schema';
import type { Booking } from '../model';
import { canCancel } from './booking-json';

export type CancelRefusal =
  | { kind: 'app'; status: ContentfulStatusCode; code: string; message: string }
  | { kind: 'invalid'; field: string; description: string };

const refuse = (status: ContentfulStatusCode, code: string, message: string): CancelRefusal => ({
  kind: 'app',
  status,
  code,
  message,
});

/**
 * A member cancels their own booking: the revision must be the current one, the booking still
 * confirmed and outside the cancellation window. The place is free at once (only CONFIRMED
 * bookings occupy one). A paid booking's order stays as it is: no refund is emulated.
 */
export function cancelOwnBooking(
  ctx: EmulatorContext,
  caller: Identity,
  bookingId: string,
  revision: string | number | undefined,
): { ok: true; booking: Booking } | { ok: false; error: CancelRefusal } {
  const { bookings } = ctx.store.state.bookings;
  const booking = Object.hasOwn(bookings, bookingId) ? bookings[bookingId] : undefined;
  // Someone else's booking is answered like a missing one: its existence is not revealed.
  if (!booking || booking.owner.kind !== caller.kind || booking.owner.id !== caller.id) {
    return { ok: false, error: refuse(404, 'BOOKING_NOT_FOUND', `Booking ${bookingId} not found`) };
  }
  if (revision === undefined || revision === '') {
    return { ok: false, error: { kind: 'invalid', field: 'revision', description: 'is required' } };
  }
  if (booking.status === 'CANCELED') {
    const message = 'This booking is already canceled';
    return { ok: false, error: refuse(400, 'BOOKING_ALREADY_CANCELED', message) };
  }
  if (String(revision) !== String(booking.revision)) {
    const message = `Revision ${revision} is not the booking's current revision ${booking.revision}`;
    return { ok: false, error: refuse(409, 'REVISION_MISMATCH', message) };
  }
  const now = ctx.clock();
  if (!canCancel(ctx.store.state.bookings, booking, now)) {
    const hours = ctx.store.state.bookings.services[booking.serviceId]?.cancellationWindowHours;
    const message = `Bookings can be canceled online until ${hours ?? 0} hours before they start`;
    return { ok: false, error: refuse(400, 'BOOKING_POLICY_VIOLATION', message) };
  }
  const at = new Date(Math.max(now, Date.parse(booking.updatedDate) + 1)).toISOString();
  booking.status = 'CANCELED';
  booking.revision += 1;
  booking.updatedDate = at;
  booking.canceledDate = at;
  ctx.store.changed();
  return { ok: true, booking };
}
