import type { extendedBookings } from '@wix/bookings';
import type { redirects } from '@wix/redirects';
import type { BookingCallbacks } from '../checkout-urls';
import type { SlotAvailabilityInput } from '../bookings/hand-off';
import type { MemberBooking } from './booking-types';
import { createWixClient } from './client';
import { classifyShopperCall, errorCode, errorReason, type CallFailure } from './errors';
import type { SessionTokens } from './types';

// A shopper's own bookings (the member's list and cancel) and the hand-off to Wix's booking
// page. Every function throws a BookingError.

/** A bookings call that failed; `code` is Wix's (e.g. BOOKING_POLICY_VIOLATION). */
export class BookingError extends Error {
  override name = 'BookingError';
  constructor(
    readonly failure: CallFailure,
    readonly code: string | null = null,
    readonly reason: string | null = null,
    /** Wix's HTTP status (409: the booking changed since it was read). */
    readonly status: number | null = null,
  ) {
    super(`bookings call ${failure}${code ? ` (${code})` : ''}${reason ? `: ${reason}` : ''}`);
  }
}

export function toBookingError(error: unknown): BookingError {
  if (error instanceof BookingError) return error;
  const failure = classifyShopperCall(error);
  const reason = failure === 'refused' ? errorReason(error) : null;
  const status = (error as { status?: unknown } | null)?.status;
  return new BookingError(
    failure,
    failure === 'not-connected' ? null : errorCode(error),
    reason,
    typeof status === 'number' ? status : null,
  );
}

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toBookingError(error);
  }
}

type ExtendedBooking = extendedBookings.ExtendedBooking;

const STATUS: Record<string, MemberBooking['status']> = {
  CONFIRMED: 'confirmed',
  CANCELED: 'canceled',
  CREATED: 'pending',
  PENDING: 'pending',
  WAITING_LIST: 'pending',
};

const isoOf = (date: Date | string | null | undefined): string | null => {
  if (!date) return null;
  const ms = date instanceof Date ? date.getTime() : Date.parse(date);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
};

export function reshapeMemberBooking(extended: ExtendedBooking): MemberBooking | null {
  const booking = extended.booking;
  const slot = booking?.bookedEntity?.slot;
  const start = isoOf(booking?.startDate) ?? isoOf(slot?.startDate);
  const end = isoOf(booking?.endDate) ?? isoOf(slot?.endDate);
  if (!booking?._id || !start || !end) return null;
  const status = STATUS[booking.status ?? ''] ?? 'other';
  return {
    id: booking._id,
    revision: booking.revision ?? '',
    serviceName: booking.bookedEntity?.title ?? 'Booking',
    serviceId: slot?.serviceId ?? '',
    start,
    end,
    timeZone: slot?.timezone || 'UTC',
    status,
    canCancel: status === 'confirmed' && extended.allowedActions?.cancel === true,
    staffName: slot?.resource?.name ?? null,
  };
}

const UPCOMING_LIMIT = 100;
const PAST_LIMIT = 50;

/** A member's bookings: upcoming soonest first, past most recent first. */
export async function listMemberBookings(
  tokens: SessionTokens,
): Promise<{ upcoming: MemberBooking[]; past: MemberBooking[] }> {
  const api = createWixClient(tokens).extendedBookings;
  const now = new Date().toISOString();
  const list = (operator: '$gte' | '$lt', order: 'ASC' | 'DESC', limit: number) =>
    call(() =>
      api.queryExtendedBookings(
        {
          filter: { startDate: { [operator]: now } },
          sort: [{ fieldName: 'startDate', order }],
          cursorPaging: { limit },
        },
        { withBookingAllowedActions: true },
      ),
    ).then(({ extendedBookings = [] }) =>
      extendedBookings.flatMap((b) => reshapeMemberBooking(b) ?? []),
    );
  const [upcoming, past] = await Promise.all([
    list('$gte', 'ASC', UPCOMING_LIMIT),
    list('$lt', 'DESC', PAST_LIMIT),
  ]);
  return { upcoming, past };
}

/** Cancels a member's own booking; Wix refuses stale revisions and the cancellation window. */
export async function cancelBooking(
  tokens: SessionTokens,
  bookingId: string,
  revision: string,
): Promise<void> {
  await call(() =>
    createWixClient(tokens).bookings.cancelBooking(bookingId, {
      revision,
      participantNotification: { notifyParticipants: true },
    }),
  );
}

type SdkSlotAvailability = redirects.SlotAvailability;

function toSdkSlotAvailability({ slot, totalSpots }: SlotAvailabilityInput): SdkSlotAvailability {
  return {
    slot: {
      serviceId: slot.serviceId,
      ...(slot.scheduleId ? { scheduleId: slot.scheduleId } : {}),
      ...(slot.eventId ? { eventId: slot.eventId } : {}),
      startDate: slot.startDate,
      endDate: slot.endDate,
      timezone: slot.timezone,
      ...(slot.resource ? { resource: { _id: slot.resource.id, name: slot.resource.name } } : {}),
      ...(slot.location
        ? {
            location: {
              _id: slot.location.id,
              name: slot.location.name,
              formattedAddress: slot.location.formattedAddress,
              locationType: 'OWNER_BUSINESS' as const,
            },
          }
        : {}),
    },
    bookable: true,
    totalSpots,
  };
}

/**
 * Wix's hosted booking page for one slot. Answers Wix's `fullUrl`, unchecked (the caller only
 * follows an http(s) URL).
 */
export async function createBookingRedirect(
  tokens: SessionTokens,
  slotAvailability: SlotAvailabilityInput,
  timezone: string,
  callbacks: BookingCallbacks,
): Promise<string | null> {
  const { redirectSession } = await call(() =>
    createWixClient(tokens).redirects.createRedirectSession({
      bookingsCheckout: { slotAvailability: toSdkSlotAvailability(slotAvailability), timezone },
      callbacks,
    }),
  );
  return redirectSession?.fullUrl ?? null;
}
