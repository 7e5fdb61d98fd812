'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { saveBookingRecord } from '@/lib/booking-session';
import { buildHandOff, locationLine } from '@/lib/bookings/hand-off';
import { BOOKING_MESSAGES as M } from '@/lib/bookings/messages';
import { isValidTimeZone } from '@/lib/bookings/zone';
import { parseForm } from '@/lib/cart/input';
import { cartIdentity, existingCartIdentity, type CartIdentity } from '@/lib/cart-session';
import { bookingCallbacks } from '@/lib/checkout-urls';
import { isWixManagedPage } from '@/lib/wix-pages';
import { reportNotConnected } from '@/lib/not-connected';
import { warnOnce } from '@/lib/server-log';
import { writeSession } from '@/lib/session';
import { upkeepSession } from '@/lib/session-upkeep';
import {
  cancelBooking,
  createBookingRedirect,
  toBookingError,
  type BookingError,
} from '@/lib/wix/bookings';
import { describeError } from '@/lib/wix/errors';
import { getService } from '@/lib/wix/services';
import { nowInSeconds } from '@/lib/wix/token-expiry';

// Server actions of bookings. Each validates its form, acts as this browser's Wix identity and
// answers its outcome as data; none throws (a hand-off ends in a redirect to Wix's page).

export type BookingActionState = null | { error: string } | { ok: true; message: string };

type Identity = Extract<CartIdentity, { ok: true }>;

const fail = (error: string): BookingActionState => ({ error });

const MAX_AHEAD_MS = 92 * 24 * 3600 * 1000;

const startInput = z.object({
  service: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, M.noService),
  start: z.iso.datetime({ offset: true, error: M.chooseTime }),
  staff: z
    .string()
    .regex(/^(any|[A-Za-z0-9-]{1,64})$/, 'Choose a staff member of this service.')
    .default('any'),
  timeZone: z.string().refine(isValidTimeZone, 'Your time zone is not known here.'),
  eventId: z.string().max(250).default(''),
});

const cancelInput = z.object({
  bookingId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, M.cancelNotFound),
  revision: z.string().regex(/^\d{1,20}$/, M.cancelStale),
});

/**
 * Wix no longer takes these tokens: the shop's OAuth app is gone (say "not connected") or this
 * browser's grant ended (start a fresh one; the shopper tries again).
 */
async function afterUnauthenticated(identity: Identity): Promise<BookingActionState> {
  const expired = { ...identity.session, tokens: { ...identity.tokens, accessExpiresAt: 0 } };
  const upkeep = await upkeepSession(expired, nowInSeconds());
  if (upkeep.kind === 'unavailable') {
    return fail(upkeep.reason === 'not-authorized' ? M.notConnected : M.unavailable);
  }
  await writeSession(await cookies(), upkeep.session).catch(() => undefined);
  return fail(M.sessionEnded);
}

async function failureOf(
  identity: Identity,
  error: unknown,
  refused: (error: BookingError) => string,
  unavailable: string,
): Promise<BookingActionState> {
  const failure = toBookingError(error);
  switch (failure.failure) {
    case 'not-connected':
      reportNotConnected(failure.message);
      return fail(M.notConnected);
    case 'unauthenticated':
      return afterUnauthenticated(identity);
    case 'refused':
      return fail(refused(failure));
    case 'unavailable':
      warnOnce('bookings-unavailable', `a bookings call failed: ${describeError(error)}`);
      return fail(unavailable);
  }
}

const identityFailure = (identity: Exclude<CartIdentity, { ok: true }>) =>
  fail(identity.reason === 'not-authorized' ? M.notConnected : M.unavailable);

/** Hands one free time over to Wix's booking page: a redirect, or an error as data. */
export async function startBooking(
  _prev: BookingActionState,
  form: FormData,
): Promise<BookingActionState> {
  const input = parseForm(startInput, form);
  if (!input.ok) return fail(input.error);
  const { service: slug, start, staff, timeZone, eventId } = input.data;
  const startMs = Date.parse(start);
  if (startMs <= Date.now()) return fail(M.pastTime);
  if (startMs > Date.now() + MAX_AHEAD_MS) return fail(M.chooseTime);

  let service;
  try {
    service = await getService(slug);
  } catch (error) {
    warnOnce('bookings-service', `could not read a service to book: ${describeError(error)}`);
    return fail(M.unavailable);
  }
  if (!service) return fail(M.noService);
  const handOff = buildHandOff(service, {
    start: new Date(startMs).toISOString(),
    staffId: staff === 'any' ? null : staff,
    eventId: eventId || null,
  });
  if (!handOff.ok) return fail(handOff.error);

  const identity = await cartIdentity();
  if (!identity.ok) return identityFailure(identity);
  let url: string | null;
  try {
    url = await createBookingRedirect(
      identity.tokens,
      handOff.slotAvailability,
      timeZone,
      bookingCallbacks(service.slug),
    );
  } catch (error) {
    return failureOf(
      identity,
      error,
      ({ code }) => (code === 'SERVICE_NOT_FOUND' ? M.noService : M.handOffRefused),
      M.unavailable,
    );
  }
  // Only Wix's own booking page is followed: anything else could take the shopper elsewhere.
  if (!isWixManagedPage(url)) {
    if (url) warnOnce('booking-url', "Wix answered a booking page outside Wix's hosts");
    return fail(M.handOffFailed);
  }
  try {
    await saveBookingRecord(identity, {
      serviceSlug: service.slug,
      serviceName: service.name,
      start: new Date(startMs).toISOString(),
      end: handOff.end,
      businessTimeZone: service.businessTimeZone,
      shopperTimeZone: timeZone,
      staffName: handOff.staffName,
      location: locationLine(service),
    });
  } catch (error) {
    // The booking itself happens at Wix; only the confirmation page will not know it.
    warnOnce('booking-record', `could not store the booking record: ${describeError(error)}`);
  }
  redirect(url);
}

// Wix's words for a stale revision are not documented: a 409 or a validation failure.
function cancelRefusal({ code, status }: BookingError): string {
  if (code === 'BOOKING_NOT_FOUND' || status === 404) return M.cancelNotFound;
  if (status === 409 || code === 'VALIDATION_FAILURE') return M.cancelStale;
  return M.cancelRefused;
}

/** Cancels one of the member's bookings; the account page shows the change. */
export async function cancelMemberBooking(
  _prev: BookingActionState,
  form: FormData,
): Promise<BookingActionState> {
  const input = parseForm(cancelInput, form);
  if (!input.ok) return fail(input.error);
  const identity = await existingCartIdentity();
  if (identity && !identity.ok) return identityFailure(identity);
  if (!identity || identity.tokens.role !== 'member') return fail(M.signIn);
  try {
    await cancelBooking(identity.tokens, input.data.bookingId, input.data.revision);
  } catch (error) {
    const failure = toBookingError(error);
    // Canceled already (another tab, a double press): what the member wanted is done.
    if (failure.code !== 'BOOKING_ALREADY_CANCELED') {
      return failureOf(identity, error, cancelRefusal, M.cancelUnavailable);
    }
  }
  if (identity.changed) {
    await writeSession(await cookies(), identity.session).catch(() => undefined);
  }
  revalidatePath('/account');
  return { ok: true, message: M.canceled };
}
