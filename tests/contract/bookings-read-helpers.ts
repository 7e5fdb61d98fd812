import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient, OAuthStrategy } from '@wix/sdk';
import { availabilityTimeSlots, eventTimeSlots, services } from '@wix/bookings';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import type { Booking } from '@/emulator/bookings/model';
import { classEventId } from '@/emulator/bookings/slots/engine';
import { serviceId, staffId } from '@/emulator/bookings/seed';
import { startEmulator, type RunningEmulator } from '@/emulator/server';
import { startTestEmulator, tempDataDir } from './helpers';

/** The catalog-side Bookings modules a storefront uses, with a visitor's tokens. */
export const createBookingsClient = () =>
  createClient({
    modules: { services, availabilityTimeSlots, eventTimeSlots },
    auth: OAuthStrategy({ clientId: EMULATOR_CLIENT_ID }),
  });

export const STAFF_TYPE = '1cd44cf8-756f-41c3-bd90-3e2ffcaf1155';
export const BOOKINGS_APP = '13d21c63-b5ec-5912-8397-c3a5ddb27a97';
export const NY = 'America/New_York';
/** "Now" for these tests: Tuesday 2026-12-01, 07:00 in New York. */
export const NOW = Date.parse('2026-12-01T12:00:00Z');

/** A CONFIRMED booking of a seeded service, to write into state.json before the emulator starts. */
export function seedBooking(
  slug: string,
  startIso: string,
  staff: 'anna' | 'ben' | 'clara' | 'dana',
  minutes: number,
  participants = 1,
): Booking {
  const startMs = Date.parse(startIso);
  const id = `00000000-0000-4000-8000-${String(startMs).slice(-12)}`;
  return {
    id,
    serviceId: serviceId(slug),
    startMs,
    endMs: startMs + minutes * 60_000,
    staffId: staffId(staff),
    eventId: ['yoga-flow', 'sunrise-pilates'].includes(slug)
      ? classEventId(serviceId(slug), startMs)
      : null,
    participants,
    status: 'CONFIRMED',
    paymentStatus: 'PAID',
    owner: { kind: 'member', id: 'member-1' },
    contact: { firstName: 'Ada', lastName: 'L', email: 'ada@example.com', phone: '' },
    timeZone: NY,
    orderId: null,
    revision: 1,
    createdDate: new Date(NOW).toISOString(),
    updatedDate: new Date(NOW).toISOString(),
    canceledDate: null,
  };
}

/** An emulator whose clock stands at NOW (or `now()`), with the given bookings already made. */
export async function startBookingsEmulator(
  bookings: Booking[] = [],
  options: { now?: () => number; revalidateUrl?: string; revalidateSecret?: string } = {},
): Promise<RunningEmulator> {
  const clock = options.now ?? (() => NOW);
  const dataDir = await tempDataDir();
  // A first run writes the seed; the bookings are added to it before the real start.
  const first = await startEmulator({ port: 0, dataDir, clock, log: false });
  await first.close();
  const file = path.join(dataDir, 'state.json');
  const state = JSON.parse(await readFile(file, 'utf8'));
  for (const b of bookings) state.bookings.bookings[b.id] = b;
  await writeFile(file, JSON.stringify(state));
  const { revalidateUrl, revalidateSecret } = options;
  return startTestEmulator({ dataDir, clock, revalidateUrl, revalidateSecret });
}
