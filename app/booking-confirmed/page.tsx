import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { readBookingRecord } from '@/lib/booking-session';
import { formatDateTime } from '@/lib/bookings/format-time';
import { formatDuration } from '@/lib/bookings/service-view';
import { readSession } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Booking confirmed',
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const bookingId = z.guid();

export default async function BookingConfirmedPage({ searchParams }: Props) {
  // Only a booking this browser handed over to Wix is shown: its record is in the session.
  const id = bookingId.safeParse((await searchParams).bookingId);
  if (!id.success) notFound();
  const booking = readBookingRecord(await readSession(await cookies()));
  if (!booking) notFound();
  const minutes = (Date.parse(booking.end) - Date.parse(booking.start)) / 60_000;
  const rows: [string, string | null][] = [
    ['Service', booking.serviceName],
    [
      `Your time (${booking.shopperTimeZone})`,
      formatDateTime(booking.start, booking.shopperTimeZone),
    ],
    [
      `Business time (${booking.businessTimeZone})`,
      formatDateTime(booking.start, booking.businessTimeZone),
    ],
    ['Duration', formatDuration(minutes)],
    ['Staff', booking.staffName],
    ['Location', booking.location],
  ];
  const calendarUrl = `/booking-confirmed/calendar?bookingId=${encodeURIComponent(id.data)}`;

  return (
    <section className="max-w-2xl">
      <h1 className="text-3xl font-bold">Booking confirmed</h1>
      <p className="mt-4 text-zinc-600">You are booked in. We look forward to seeing you.</p>
      <dl className="mt-8 divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
        {rows.map(([term, value]) =>
          value ? (
            <div
              key={term}
              className="flex flex-col gap-1 px-5 py-4 sm:flex-row sm:justify-between sm:gap-4"
            >
              <dt className="text-zinc-500">{term}</dt>
              <dd className="font-medium sm:text-right">{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      <div className="mt-8 flex flex-wrap gap-4">
        {/* A file download, not a page: a plain link, never prefetched. */}
        <a
          href={calendarUrl}
          className="rounded-md bg-zinc-900 px-5 py-3 font-semibold text-white hover:bg-zinc-700"
        >
          Add to calendar
        </a>
        <Link
          href="/services"
          className="rounded-md border border-zinc-300 px-5 py-3 font-semibold hover:bg-zinc-100"
        >
          Book another service
        </Link>
      </div>
    </section>
  );
}
