import { WIX_BOOKINGS_APP_ID } from '../../../lib/wix-app-ids';
import type { Identity } from '../../store/schema';
import type { Booking, BookingsState } from '../model';

const HOUR = 3_600_000;

const iso = (ms: number) => new Date(ms).toISOString();

/** `createdBy` is a one-of: anonymousVisitorId or memberId (plus the member's contact). */
const createdByJson = (owner: Identity, contactId: string | null) =>
  owner.kind === 'visitor'
    ? { anonymousVisitorId: owner.id }
    : { memberId: owner.id, ...(contactId ? { contactId } : {}) };

/**
 * Booking V2 wire JSON (B.7): instants as UTC ISO strings (the SDK turns the booking's own dates
 * into Date, the slot's stay strings); the slot's timezone is the business zone.
 */
export function bookingJson(state: BookingsState, booking: Booking, contactId: string | null) {
  const service = state.services[booking.serviceId];
  const staff = state.staff[booking.staffId];
  const { location, timeZone } = state.business;
  return {
    id: booking.id,
    revision: String(booking.revision),
    status: booking.status,
    paymentStatus: booking.paymentStatus,
    selectedPaymentOption: booking.paymentStatus === 'EXEMPT' ? 'UNDEFINED' : 'ONLINE',
    totalParticipants: booking.participants,
    startDate: iso(booking.startMs),
    endDate: iso(booking.endMs),
    createdDate: booking.createdDate,
    updatedDate: booking.updatedDate,
    ...(booking.canceledDate ? { canceledDate: booking.canceledDate } : {}),
    bookedEntity: {
      title: service?.name ?? '',
      tags: [service?.type === 'CLASS' ? 'GROUP' : 'INDIVIDUAL'],
      slot: {
        serviceId: booking.serviceId,
        scheduleId: service?.scheduleId ?? '',
        ...(booking.eventId ? { eventId: booking.eventId } : {}),
        startDate: iso(booking.startMs),
        endDate: iso(booking.endMs),
        timezone: timeZone,
        resource: { id: booking.staffId, name: staff?.name ?? '' },
        location: {
          id: location.id,
          name: location.name,
          formattedAddress: location.formattedAddress,
          locationType: 'OWNER_BUSINESS',
        },
      },
    },
    contactDetails: {
      ...(contactId ? { contactId } : {}),
      firstName: booking.contact.firstName,
      lastName: booking.contact.lastName,
      email: booking.contact.email,
      ...(booking.contact.phone ? { phone: booking.contact.phone } : {}),
      timeZone: booking.timeZone,
    },
    createdBy: createdByJson(booking.owner, contactId),
    appId: WIX_BOOKINGS_APP_ID,
    createdByAppId: WIX_BOOKINGS_APP_ID,
  };
}

/** A member may cancel a confirmed booking until `cancellationWindowHours` before it starts. */
export function canCancel(state: BookingsState, booking: Booking, now: number): boolean {
  const windowHours = state.services[booking.serviceId]?.cancellationWindowHours ?? 0;
  return booking.status === 'CONFIRMED' && now < booking.startMs - windowHours * HOUR;
}

/** `allowedActions`: reschedule and refund are not offered to members by the emulator. */
export const allowedActionsJson = (state: BookingsState, booking: Booking, now: number) => ({
  cancel: canCancel(state, booking, now),
  reschedule: false,
  refund: false,
});
