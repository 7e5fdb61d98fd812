import { cookies } from 'next/headers';
import type { BookingRecord } from './bookings/hand-off';
import type { CartIdentity } from './cart-session';
import { BOOKING_TEXT_MAX, SessionTooLargeError, writeSession, type SessionData } from './session';

/** The booking this browser last handed over to Wix, or null (the confirmation page's guard). */
export function readBookingRecord(session: SessionData | null): BookingRecord | null {
  return session?.booking ?? null;
}

const MAX = BOOKING_TEXT_MAX;
const clip = (text: string | null, max: number) => (text === null ? null : text.slice(0, max));

/** The record as the session keeps it: long names cut to their bounds. */
export function boundedBookingRecord(record: BookingRecord): BookingRecord {
  return {
    ...record,
    serviceSlug: record.serviceSlug.slice(0, MAX.slug).replace(/-+$/, ''),
    serviceName: record.serviceName.slice(0, MAX.name),
    staffName: clip(record.staffName, MAX.staff),
    location: clip(record.location, MAX.location),
  };
}

/**
 * Saves the booking about to be handed over (with the identity's tokens when they were renewed
 * or newly minted), so the confirmation page can show it without asking Wix.
 */
export async function saveBookingRecord(
  identity: Extract<CartIdentity, { ok: true }>,
  record: BookingRecord,
): Promise<void> {
  const jar = await cookies();
  const session = { ...identity.session, booking: boundedBookingRecord(record) };
  try {
    await writeSession(jar, session);
  } catch (error) {
    if (!(error instanceof SessionTooLargeError)) throw error;
    // Pending sign-ins are the one part that may go: a new sign-in simply starts again.
    await writeSession(jar, { ...session, logins: undefined });
  }
}
