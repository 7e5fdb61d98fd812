import { cookies } from 'next/headers';
import { formatInZone } from '@/lib/bookings/format-time';
import { warnOnce } from '@/lib/server-log';
import { readSession } from '@/lib/session';
import { listMemberBookings } from '@/lib/wix/bookings';
import type { MemberBooking } from '@/lib/wix/booking-types';
import { describeError } from '@/lib/wix/errors';
import { BookingList, type ShownBooking } from './booking-list';

// Formatted here, once: the server's and the browser's Intl may word a date differently.
function shown(booking: MemberBooking): ShownBooking {
  return { ...booking, when: formatInZone(booking.start, booking.timeZone) };
}

/**
 * The member's bookings beside their profile; a failure here never hides the profile. It reads
 * the session itself: tokens passed as props would show in React's dev-mode debug data.
 */
export async function MemberBookings() {
  let bookings: Awaited<ReturnType<typeof listMemberBookings>>;
  try {
    const tokens = (await readSession(await cookies()))?.tokens;
    if (!tokens) throw new Error('no session tokens');
    bookings = await listMemberBookings(tokens);
  } catch (error) {
    warnOnce('account-bookings', `could not list a member's bookings: ${describeError(error)}`);
    return (
      <section aria-labelledby="bookings-heading">
        <h2 id="bookings-heading" className="text-2xl font-bold">
          Your bookings
        </h2>
        <p role="alert" className="mt-4 rounded border border-red-200 bg-red-50 p-3 text-red-800">
          We could not load your bookings just now. Please reload the page in a moment.
        </p>
      </section>
    );
  }
  return <BookingList upcoming={bookings.upcoming.map(shown)} past={bookings.past.map(shown)} />;
}

export function MemberBookingsSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-4">
      <div className="h-8 w-56 animate-pulse rounded bg-zinc-200" />
      <div className="h-28 animate-pulse rounded-lg bg-zinc-100" />
      <div className="h-8 w-44 animate-pulse rounded bg-zinc-200" />
      <div className="h-28 animate-pulse rounded-lg bg-zinc-100" />
    </div>
  );
}
