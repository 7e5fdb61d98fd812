// The storefront's own bookings code (lib/wix/services, availability, bookings, the server
// actions and the two routes) against the emulator through the real SDK, as pages use it.
// "Now" is Tuesday 2026-12-01, 07:00 in New York (Date alone is faked, in this process and
// so in the emulator's clock); appointments need 2 h notice, cancelling closes 24 h before.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { buildHandOff } from '@/lib/bookings/hand-off';
import { bookingCallbacks } from '@/lib/checkout-urls';
import { isWixManagedPage } from '@/lib/wix-pages';
import { DEV_REVALIDATE_SECRET } from '@/lib/env';
import { SESSION_TTL_SECONDS, sealSession, unsealSession, type SessionData } from '@/lib/session';
import { mintVisitorTokens } from '@/lib/wix/auth';
import type { Service } from '@/lib/wix/booking-types';
import { fromSdkTokens } from '@/lib/wix/client';
import type { SessionTokens } from '@/lib/wix/types';
import { GUID } from './ecom-helpers';
import { startTestEmulator } from './helpers';
import { createBookingClient, signUpMember, submitBooking } from './bookings-helpers';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const SITE = 'http://localhost:3000';
const NY = 'America/New_York';

// Outside Next: no data cache (every call asks Wix), cookies in a jar, redirect as a throw.
const jar = new Map<string, string>();
const revalidated: string[] = [];
vi.mock('next/cache', () => ({
  unstable_cache: (fn: unknown) => fn,
  revalidatePath: () => undefined,
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => new Headers(),
}));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
}));

const { getService, getServices } = await import('@/lib/wix/services');
const { getFreeSlots } = await import('@/lib/wix/availability');
const { BookingError, cancelBooking, createBookingRedirect, listMemberBookings } =
  await import('@/lib/wix/bookings');
const { cancelMemberBooking, startBooking } = await import('@/components/bookings/actions');
const availability = await import('@/app/api/availability/route');
const calendar = await import('@/app/booking-confirmed/calendar/route');
const { answerRevalidation } = await import('@/lib/catalog/revalidate-request');

let emulator: RunningEmulator;
let receiver: http.Server;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  // The emulator's webhooks reach what the storefront's POST /api/revalidate answers with.
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const request = new Request(`${SITE}/api/revalidate`, {
        method: 'POST',
        headers: { 'x-revalidate-secret': String(req.headers['x-revalidate-secret'] ?? '') },
        body,
      });
      const answer = await answerRevalidation(request, DEV_REVALIDATE_SECRET, (tag: string) =>
        revalidated.push(tag),
      );
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  emulator = await startTestEmulator({
    revalidateUrl: `http://127.0.0.1:${port}/api/revalidate`,
    revalidateSecret: DEV_REVALIDATE_SECRET,
  });
  process.env.WIX_API_URL = emulator.url;
  process.env.SITE_URL = SITE;
  delete process.env.WIX_CLIENT_ID;
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
  vi.useRealTimers();
});

const serviceNamed = async (slug: string): Promise<Service> => {
  const service = await getService(slug);
  if (!service) throw new Error(`no service ${slug}`);
  return service;
};

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => (error instanceof BookingError ? error : error),
  );

/** Books one slot on the hosted page as `tokens`; answers the booking id. */
async function book(tokens: SessionTokens, slug: string, start: string, staffId: string | null) {
  const service = await serviceNamed(slug);
  const handOff = buildHandOff(service, { start, staffId, eventId: null });
  if (!handOff.ok) throw new Error(handOff.error);
  const url = await createBookingRedirect(
    tokens,
    handOff.slotAvailability,
    'Asia/Tokyo',
    bookingCallbacks(slug),
  );
  const res = await submitBooking(url!);
  expect(res.status).toBe(303);
  return new URL(res.headers.get('location') ?? '').searchParams.get('bookingId') ?? '';
}

describe('services', () => {
  it('lists the six services by category, with Wix’s prices, staff and the business zone', async () => {
    const services = await getServices();
    expect(services.map((s) => [s.category?.name, s.slug])).toEqual([
      ['Hair & beauty', 'haircut'],
      ['Hair & beauty', 'colour-consultation'],
      ['Massage & wellness', 'deep-tissue-massage'],
      ['Massage & wellness', 'hot-stone-massage'],
      ['Classes', 'yoga-flow'],
      ['Classes', 'sunrise-pilates'],
    ]);
    const price = (slug: string) => services.find((s) => s.slug === slug)?.price;
    expect(price('haircut')).toEqual({ kind: 'fixed', formatted: '$45.00' });
    expect(price('hot-stone-massage')).toEqual({ kind: 'varied', formatted: 'From $110.00' });
    expect(price('colour-consultation')).toEqual({ kind: 'free', formatted: 'Free' });
    expect(services.every((s) => s.businessTimeZone === NY)).toBe(true);
  });

  it('reads one service by slug, its image served by the emulator', async () => {
    const haircut = await serviceNamed('haircut');
    expect(haircut).toMatchObject({
      name: 'Haircut',
      type: 'appointment',
      durationMinutes: 30,
      capacity: 1,
      location: { name: 'Soho Studio', address: '100 Spring St, New York, NY 10012' },
    });
    expect(haircut.staff.map((s) => s.name)).toEqual(['Anna Berg', 'Ben Ortiz']);
    expect(haircut.scheduleId).toMatch(GUID);
    const image = await fetch(haircut.image!.url);
    expect(image.headers.get('content-type')).toMatch(/^image\//);
    expect(await serviceNamed('yoga-flow')).toMatchObject({ type: 'class', capacity: 8 });
  });

  it('answers null for an unknown slug and for a service the business hid', async () => {
    expect(await getService('no-such-service')).toBeNull();
    const hide = (hidden: boolean) =>
      fetch(`${emulator.url}/__emulator/bookings/services/sunrise-pilates`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ hidden }),
      });
    expect((await hide(true)).status).toBe(200);
    expect(await getService('sunrise-pilates')).toBeNull();
    expect((await getServices()).map((s) => s.slug)).not.toContain('sunrise-pilates');
    await hide(false);
    expect(await getService('sunrise-pilates')).not.toBeNull();
  });
});

describe('revalidation', () => {
  it('a service change in Wix refreshes that service and the services page', async () => {
    revalidated.length = 0;
    const res = await fetch(`${emulator.url}/__emulator/bookings/services/colour-consultation`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Colour consultation' }),
    });
    expect(res.status).toBe(200);
    await vi.waitFor(() =>
      expect(revalidated).toEqual(['service:colour-consultation', 'services']),
    );
    expect((await serviceNamed('colour-consultation')).name).toBe('Colour consultation');
  });
});

describe('free times', () => {
  it('offers only future appointment times past the 2 h notice, with their free staff', async () => {
    const haircut = await serviceNamed('haircut');
    const slots = await getFreeSlots(haircut, { from: '2026-12-01', to: '2026-12-02' }, NY, null);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(NOW + 2 * 3600_000);
      expect(slot.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(30 * 60_000);
    }
    // Tuesday opens at 10:00 in New York: 15:00 UTC in December.
    expect(slots[0]).toMatchObject({ start: '2026-12-01T15:00:00.000Z', placesLeft: null });
    expect(slots[0]!.staff.map((s) => s.name).sort()).toEqual(['Anna Berg', 'Ben Ortiz']);
  });

  it('narrows to one staff member', async () => {
    const haircut = await serviceNamed('haircut');
    const anna = haircut.staff.find((s) => s.name === 'Anna Berg')!;
    const slots = await getFreeSlots(
      haircut,
      { from: '2026-12-02', to: '2026-12-02' },
      NY,
      anna.id,
    );
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.staff.length === 1 && s.staff[0]!.id === anna.id)).toBe(true);
  });

  it('asks by the shopper’s days: Tokyo’s Wednesday holds New York’s Tuesday evening', async () => {
    const haircut = await serviceNamed('haircut');
    const tokyo = await getFreeSlots(
      haircut,
      { from: '2026-12-02', to: '2026-12-02' },
      'Asia/Tokyo',
      null,
    );
    // 00:00–23:59 Wednesday in Tokyo is 10:00 Tuesday to 09:59 Wednesday in New York.
    expect(tokyo[0]?.start).toBe('2026-12-01T15:00:00.000Z');
    expect(tokyo.every((s) => s.start < '2026-12-02T15:00:00.000Z')).toBe(true);
  });

  it('gives a class’s sessions with places left and event ids', async () => {
    const yoga = await serviceNamed('yoga-flow');
    const slots = await getFreeSlots(yoga, { from: '2026-12-01', to: '2026-12-07' }, NY, null);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0]).toMatchObject({ placesLeft: 8, staff: [{ name: 'Dana Wells' }] });
    expect(slots[0]!.eventId).toBeTruthy();
  });
});

describe('GET /api/availability', () => {
  const get = (query: string) => availability.GET(new Request(`${SITE}/api/availability?${query}`));

  it('answers free times in the asked zone, private and never stored', async () => {
    const res = await get('service=haircut&from=2026-12-01&to=2026-12-31&tz=Asia/Tokyo');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = (await res.json()) as { timeZone: string; businessTimeZone: string; slots: [] };
    expect(body).toMatchObject({ timeZone: 'Asia/Tokyo', businessTimeZone: NY });
    expect(body.slots.length).toBeGreaterThan(0);
  });

  it('refuses bad queries (400) and unknown services or staff', async () => {
    expect((await get('service=haircut&from=2026-12-01&to=2027-02-01&tz=UTC')).status).toBe(400);
    expect((await get('service=haircut&from=2026-12-01&to=2026-12-02&tz=Nope')).status).toBe(400);
    expect((await get('service=haircut&from=2026-12-01&to=2026-12-02&tz=UTC&staff=x')).status).toBe(
      400,
    );
    const unknown = await get('service=no-such&from=2026-12-01&to=2026-12-02&tz=UTC');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'No such service.' });
  });
});

describe('booking as a visitor: startBooking, the booking page, the .ics', () => {
  let bookingId = '';

  it('hands the chosen time to Wix with callbacks from SITE_URL, and keeps a record', async () => {
    const form = new FormData();
    form.set('service', 'deep-tissue-massage');
    form.set('start', '2026-12-02T15:00:00.000Z'); // 10:00 Wednesday in New York
    form.set('staff', 'any');
    form.set('timeZone', 'Asia/Tokyo');
    const thrown = await startBooking(null, form).catch((e: { url?: string }) => e);
    const url = (thrown as { url?: string }).url ?? '';
    expect(isWixManagedPage(url)).toBe(true);
    const page = await (await fetch(url)).text();
    expect(page).toContain('Book Deep tissue massage');
    expect(page).toContain('Asia/Tokyo');
    expect(page).toContain(`href="${SITE}/services/deep-tissue-massage`);
    const session = await unsealSession([...jar.values()][0]);
    expect(session?.tokens?.role).toBe('visitor');
    expect(session?.booking).toEqual({
      serviceSlug: 'deep-tissue-massage',
      serviceName: 'Deep tissue massage',
      start: '2026-12-02T15:00:00.000Z',
      end: '2026-12-02T16:00:00.000Z',
      businessTimeZone: NY,
      shopperTimeZone: 'Asia/Tokyo',
      staffName: 'Clara Nakamura',
      location: 'Soho Studio, 100 Spring St, New York, NY 10012',
    });
    const res = await submitBooking(url);
    const back = new URL(res.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(`${SITE}/booking-confirmed`);
    bookingId = back.searchParams.get('bookingId') ?? '';
    expect(bookingId).toMatch(GUID);
  });

  it('the booked hour is no longer offered', async () => {
    const massage = await serviceNamed('deep-tissue-massage');
    const slots = await getFreeSlots(massage, { from: '2026-12-02', to: '2026-12-02' }, NY, null);
    expect(slots.map((s) => s.start)).not.toContain('2026-12-02T15:00:00.000Z');
  });

  it('downloads the booking as .ics only with the session’s record', async () => {
    const get = (id: string) =>
      calendar.GET(new Request(`${SITE}/booking-confirmed/calendar?bookingId=${id}`));
    const res = await get(bookingId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="booking.ics"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const ics = await res.text();
    expect(ics).toContain('DTSTART:20261202T150000Z\r\n');
    expect(ics).toContain('SUMMARY:Deep tissue massage\r\n');
    expect(ics).toContain(`UID:${bookingId}@localhost:3000\r\n`);
    expect((await get('not-a-guid')).status).toBe(404);
    jar.clear();
    expect((await get(bookingId)).status).toBe(404);
  });

  it('returns errors as data: a past time, an unknown service, a stranger as staff', async () => {
    const attempt = async (fields: Record<string, string>) => {
      const form = new FormData();
      const all = {
        service: 'haircut',
        start: '2026-12-02T15:00:00.000Z',
        staff: 'any',
        timeZone: NY,
      };
      for (const [k, v] of Object.entries({ ...all, ...fields })) form.set(k, v);
      return startBooking(null, form);
    };
    expect(await attempt({ start: '2026-11-30T15:00:00.000Z' })).toEqual({
      error: 'That time has passed. Choose another time.',
    });
    expect(await attempt({ service: 'no-such-service' })).toEqual({
      error: 'This service can no longer be booked online.',
    });
    expect(await attempt({ staff: 'not-on-staff' })).toEqual({
      error: 'Choose a staff member of this service.',
    });
    expect(await attempt({ timeZone: 'Mars/Base' })).toMatchObject({ error: expect.any(String) });
    expect(await attempt({ service: 'yoga-flow' })).toEqual({ error: 'Choose a time first.' });
  });
});

describe('a member’s bookings', () => {
  let member: SessionTokens;
  let later = '';
  let soon = '';

  beforeAll(async () => {
    const client = createBookingClient();
    await signUpMember(client, 'Ada Lovelace', 'ada.storefront@example.com');
    member = fromSdkTokens(client.auth.getTokens());
    later = await book(member, 'haircut', '2026-12-03T15:00:00.000Z', null); // Thursday 10:00
    soon = await book(member, 'haircut', '2026-12-01T16:00:00.000Z', null); // today 11:00
  });

  it('lists upcoming bookings soonest first, cancellable outside the 24 h window', async () => {
    const { upcoming, past } = await listMemberBookings(member);
    expect(past).toEqual([]);
    expect(upcoming.map((b) => [b.id, b.canCancel])).toEqual([
      [soon, false],
      [later, true],
    ]);
    expect(upcoming[1]).toMatchObject({
      serviceName: 'Haircut',
      start: '2026-12-03T15:00:00.000Z',
      timeZone: NY,
      status: 'confirmed',
    });
    expect(upcoming[1]!.staffName).toMatch(/^(Anna Berg|Ben Ortiz)$/);
  });

  it('refuses a visitor (Wix keeps bookings for members)', async () => {
    const error = await failureOf(listMemberBookings(await mintVisitorTokens()));
    expect(error).toMatchObject({ failure: 'refused' });
  });

  it('refuses a stale revision and a cancel inside the window', async () => {
    const stale = await failureOf(cancelBooking(member, later, '99'));
    expect(stale).toBeInstanceOf(BookingError);
    expect(stale).toMatchObject({ failure: 'refused' });
    const { upcoming } = await listMemberBookings(member);
    const inside = await failureOf(cancelBooking(member, soon, upcoming[0]!.revision));
    expect(inside).toMatchObject({ failure: 'refused', code: 'BOOKING_POLICY_VIOLATION' });
  });

  it('cancels through the server action, and the booking shows as canceled', async () => {
    jar.clear();
    const session: SessionData = { v: 1, tokens: member, memberName: 'Ada Lovelace' };
    jar.set('wix-session', await sealSession(session));
    const { upcoming } = await listMemberBookings(member);
    const target = upcoming.find((b) => b.id === later)!;
    const form = new FormData();
    form.set('bookingId', target.id);
    form.set('revision', target.revision);
    expect(await cancelMemberBooking(null, form)).toEqual({
      ok: true,
      message: 'Your booking was canceled.',
    });
    const after = (await listMemberBookings(member)).upcoming.find((b) => b.id === later);
    expect(after).toMatchObject({ status: 'canceled', canCancel: false });
    // The same form again (a double press, another tab): already done, said as success.
    expect(await cancelMemberBooking(null, form)).toMatchObject({ ok: true });
  });

  it('asks a visitor to sign in before cancelling', async () => {
    jar.clear();
    const form = new FormData();
    form.set('bookingId', soon);
    form.set('revision', '1');
    expect(await cancelMemberBooking(null, form)).toEqual({
      error: 'Sign in to manage your bookings.',
    });
  });

  it('keeps a member’s sealed session with a booking record under 4096 bytes', async () => {
    const seal = await sealSession({
      v: 1,
      tokens: member,
      memberName: 'Ada Lovelace',
      cart: { count: 3 },
      booking: {
        serviceSlug: 'hot-stone-massage',
        serviceName: 'Hot stone massage',
        start: '2026-12-03T17:00:00.000Z',
        end: '2026-12-03T18:30:00.000Z',
        businessTimeZone: NY,
        shopperTimeZone: 'America/Argentina/Buenos_Aires',
        staffName: 'Clara Nakamura',
        location: 'Soho Studio, 100 Spring St, New York, NY 10012',
      },
    });
    const cookie = '__Host-wix-session='.length + seal.length + 80;
    console.info(`member session with a booking record: ${cookie} bytes`);
    expect(cookie).toBeLessThan(4096);
    expect(SESSION_TTL_SECONDS).toBeGreaterThan(0);
  });
});

describe('when Wix is down', () => {
  it('the availability route answers 503 with a short message', async () => {
    await getService('haircut'); // remembered as the last good answer
    await emulator.close();
    const res = await availability.GET(
      new Request(`${SITE}/api/availability?service=haircut&from=2026-12-02&to=2026-12-02&tz=UTC`),
    );
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: 'We could not load free times. Try again in a moment.',
    });
  });
});
