import { cookies } from 'next/headers';
import { z } from 'zod';
import { readBookingRecord } from '@/lib/booking-session';
import { buildIcs } from '@/lib/bookings/ics';
import { getEnv } from '@/lib/env';
import { readSession } from '@/lib/session';

export const dynamic = 'force-dynamic';

const bookingId = z.guid();
const PRIVATE = { 'Cache-Control': 'private, no-store' };

/** "Add to calendar": the booking this browser handed over to Wix, as an .ics file. */
export async function GET(request: Request) {
  const id = bookingId.safeParse(new URL(request.url).searchParams.get('bookingId'));
  // Like the confirmation page: only a booking this browser started, never one named in a link.
  const booking = id.success ? readBookingRecord(await readSession(await cookies())) : null;
  if (!id.success || !booking) {
    return new Response('Not found', {
      status: 404,
      headers: { ...PRIVATE, 'Content-Type': 'text/plain' },
    });
  }
  const ics = buildIcs({
    uid: `${id.data}@${new URL(getEnv().siteUrl).host}`,
    start: booking.start,
    end: booking.end,
    summary: booking.serviceName,
    location: booking.location,
    description: booking.staffName ? `With ${booking.staffName}` : null,
  });
  return new Response(ics, {
    headers: {
      ...PRIVATE,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="booking.ics"',
    },
  });
}
