import { describe, expect, it } from 'vitest';
import type { EmulatorContext } from '../../context';
import type { Booking, BookingsState, Service } from '../model';
import { seedBookings, serviceId, staffId } from '../seed';
import {
  classEventId,
  findSlot,
  parseEventId,
  sessionsOf,
  slotsFor,
  type ComputedSlot,
} from './engine';

const NY = 'America/New_York';
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

function setup(nowIso: string) {
  const bookings: BookingsState = seedBookings();
  let now = at(nowIso);
  const ctx = {
    clock: () => now,
    store: { state: { bookings } },
  } as unknown as EmulatorContext;
  const service = (slug: string): Service => {
    const s = bookings.services[serviceId(slug)];
    if (!s) throw new Error(slug);
    return s;
  };
  let n = 0;
  const book = (slug: string, startIso: string, staff: string, extra: Partial<Booking> = {}) => {
    const s = service(slug);
    const startMs = at(startIso);
    const id = `bk-${++n}`;
    bookings.bookings[id] = {
      id,
      serviceId: s.id,
      startMs,
      endMs: startMs + s.durationMinutes * 60_000,
      staffId: staffId(staff as 'anna'),
      eventId: s.type === 'CLASS' ? classEventId(s.id, startMs) : null,
      participants: 1,
      status: 'CONFIRMED',
      paymentStatus: 'PAID',
      owner: { kind: 'member', id: 'm-1' },
      contact: { firstName: 'A', lastName: 'B', email: 'a@example.com', phone: '' },
      timeZone: NY,
      orderId: null,
      revision: 1,
      createdDate: nowIso,
      updatedDate: nowIso,
      canceledDate: null,
      ...extra,
    };
    return bookings.bookings[id];
  };
  return { ctx, bookings, service, book, setNow: (s: string) => (now = at(s)) };
}

const starts = (slots: ComputedSlot[]) => slots.map((s) => iso(s.startMs));
const ANNA = staffId('anna');
const BEN = staffId('ben');

describe('appointment sessions', () => {
  it('steps every 30 minutes while start + duration fits, in New York winter time', () => {
    const { ctx, service } = setup('2026-12-01T12:00:00Z');
    const slots = slotsFor(
      ctx,
      service('haircut'),
      at('2026-12-08T05:00:00Z'),
      at('2026-12-09T05:00:00Z'),
    );
    expect(slots).toHaveLength(16); // 10:00 … 17:30
    expect(iso(slots[0]?.startMs ?? 0)).toBe('2026-12-08T15:00:00.000Z');
    expect(iso(slots.at(-1)?.startMs ?? 0)).toBe('2026-12-08T22:30:00.000Z');
    expect(slots[0]).toMatchObject({
      endMs: at('2026-12-08T15:30:00Z'),
      freeStaffIds: [ANNA, BEN],
      capacity: 2,
      remaining: 2,
      eventId: null,
      bookable: true,
      tooLateToBook: false,
    });
  });

  it('has no sessions on closed days', () => {
    const { ctx, service } = setup('2026-12-01T12:00:00Z');
    // Sunday and Monday for the haircut (Tue–Sat).
    expect(
      slotsFor(ctx, service('haircut'), at('2026-12-06T05:00:00Z'), at('2026-12-08T05:00:00Z')),
    ).toEqual([]);
  });

  it('with step 60 and a 60-minute session offers 09:00 … 16:00', () => {
    const { ctx, service } = setup('2026-12-01T12:00:00Z');
    const slots = slotsFor(
      ctx,
      service('deep-tissue-massage'),
      at('2026-12-07T05:00:00Z'),
      at('2026-12-08T05:00:00Z'),
    );
    expect(slots.map((s) => toNy(s.startMs))).toEqual(
      ['09', '10', '11', '12', '13', '14', '15', '16'].map((h) => `${h}:00`),
    );
  });
});

const toNy = (ms: number) =>
  new Date(ms).toLocaleTimeString('en-GB', { timeZone: NY, hour: '2-digit', minute: '2-digit' });

describe('staff and buffers', () => {
  it('a booked staff member is busy until the end plus the buffer', () => {
    const { ctx, service, book } = setup('2026-12-01T12:00:00Z');
    book('haircut', '2026-12-08T15:00:00Z', 'anna'); // 10:00–10:30, busy to 10:40
    const slots = slotsFor(
      ctx,
      service('haircut'),
      at('2026-12-08T15:00:00Z'),
      at('2026-12-08T16:30:00Z'),
    );
    const free = Object.fromEntries(slots.map((s) => [toNy(s.startMs), s.freeStaffIds]));
    expect(free).toEqual({
      '10:00': [BEN],
      '10:30': [BEN], // inside Anna's 10-minute buffer
      '11:00': [ANNA, BEN],
    });
    expect(slots[0]).toMatchObject({ capacity: 2, remaining: 1, bookable: true });
  });

  it('leaves out a session when no staff member is free; findSlot still finds it', () => {
    const { ctx, service, book } = setup('2026-12-01T12:00:00Z');
    book('haircut', '2026-12-08T15:00:00Z', 'anna');
    book('haircut', '2026-12-08T15:00:00Z', 'ben');
    const slots = slotsFor(
      ctx,
      service('haircut'),
      at('2026-12-08T15:00:00Z'),
      at('2026-12-08T16:00:00Z'),
    );
    expect(starts(slots)).toEqual([]); // 10:00 taken, 10:30 in both buffers
    expect(findSlot(ctx, service('haircut'), at('2026-12-08T15:00:00Z'))).toMatchObject({
      remaining: 0,
      freeStaffIds: [],
      bookable: false,
    });
  });

  it('a staff member is busy across services (Clara: hot stone blocks deep tissue)', () => {
    const { ctx, service, book } = setup('2026-12-01T12:00:00Z');
    book('hot-stone-massage', '2026-12-08T17:00:00Z', 'clara'); // 12:00–13:30 + 30 min buffer
    const slots = slotsFor(
      ctx,
      service('deep-tissue-massage'),
      at('2026-12-08T14:00:00Z'),
      at('2026-12-08T22:00:00Z'),
    );
    // 11:00–12:00 ends as the hot stone starts: only the booked session's buffer counts.
    expect(slots.map((s) => toNy(s.startMs))).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '14:00',
      '15:00',
      '16:00',
    ]);
  });

  it('canceled bookings free the place', () => {
    const { ctx, service, book } = setup('2026-12-01T12:00:00Z');
    book('colour-consultation', '2026-12-07T14:00:00Z', 'anna', { status: 'CANCELED' });
    expect(findSlot(ctx, service('colour-consultation'), at('2026-12-07T14:00:00Z'))).toMatchObject(
      {
        remaining: 1,
        bookable: true,
      },
    );
  });

  it('a NO_FEE or hidden service is computed like any other; online booking off is not bookable', () => {
    const { ctx, service } = setup('2026-12-01T12:00:00Z');
    service('colour-consultation').onlineBookingEnabled = false;
    expect(findSlot(ctx, service('colour-consultation'), at('2026-12-07T14:00:00Z'))).toMatchObject(
      {
        remaining: 1,
        bookable: false,
        tooLateToBook: false,
      },
    );
  });
});

describe('classes', () => {
  it('one session per hours entry with the class size, counting confirmed participants', () => {
    const { ctx, service, book } = setup('2026-12-01T12:00:00Z');
    const yoga = service('yoga-flow');
    book('yoga-flow', '2026-12-07T23:00:00Z', 'dana', { participants: 3 });
    book('yoga-flow', '2026-12-07T23:00:00Z', 'dana', { status: 'CANCELED', participants: 2 });
    const week = slotsFor(ctx, yoga, at('2026-12-07T05:00:00Z'), at('2026-12-14T05:00:00Z'));
    expect(
      week.map(
        (s) =>
          `${new Date(s.startMs).toLocaleDateString('en-US', { timeZone: NY, weekday: 'short' })} ${toNy(s.startMs)}`,
      ),
    ).toEqual(['Mon 18:00', 'Wed 18:00', 'Fri 18:00', 'Sat 09:00']);
    expect(week[0]).toMatchObject({
      capacity: 8,
      remaining: 5,
      freeStaffIds: [staffId('dana')],
      eventId: `${yoga.id}.${at('2026-12-07T23:00:00Z')}`,
      bookable: true,
      endMs: at('2026-12-08T00:00:00Z'),
    });
  });

  it('a full class stays, not bookable', () => {
    const { ctx, service, book } = setup('2026-12-01T12:00:00Z');
    book('sunrise-pilates', '2026-12-08T12:00:00Z', 'dana', { participants: 5 });
    const [slot] = slotsFor(
      ctx,
      service('sunrise-pilates'),
      at('2026-12-08T00:00:00Z'),
      at('2026-12-09T00:00:00Z'),
    );
    expect(slot).toMatchObject({ remaining: 0, bookable: false, tooLateToBook: false });
  });

  it('event ids round-trip', () => {
    expect(parseEventId(classEventId('abc-1', 1796680800000))).toEqual({
      serviceId: 'abc-1',
      startMs: 1796680800000,
    });
    expect(parseEventId('nonsense')).toBeNull();
  });
});

describe('lead time, the past and the horizon', () => {
  it('a session starting within 2 h is returned but too late to book; past ones are not', () => {
    const { ctx, service } = setup('2026-12-08T15:10:00Z'); // 10:10 New York
    const slots = slotsFor(
      ctx,
      service('haircut'),
      at('2026-12-08T05:00:00Z'),
      at('2026-12-09T05:00:00Z'),
    );
    expect(toNy(slots[0]?.startMs ?? 0)).toBe('10:30');
    const byTime = Object.fromEntries(slots.map((s) => [toNy(s.startMs), s]));
    expect(byTime['12:00']).toMatchObject({ tooLateToBook: true, bookable: false });
    expect(byTime['12:30']).toMatchObject({ tooLateToBook: false, bookable: true });
    expect(findSlot(ctx, service('haircut'), at('2026-12-08T15:00:00Z'))).toBeNull();
  });

  it('exactly 2 h ahead is bookable', () => {
    const { ctx, service } = setup('2026-12-08T13:00:00Z');
    expect(findSlot(ctx, service('haircut'), at('2026-12-08T15:00:00Z'))).toMatchObject({
      tooLateToBook: false,
      bookable: true,
    });
  });

  it('nothing beyond 90 days', () => {
    const { ctx, service } = setup('2026-12-01T12:00:00Z');
    const slots = slotsFor(
      ctx,
      service('haircut'),
      at('2026-12-01T00:00:00Z'),
      at('2027-06-01T00:00:00Z'),
    );
    const last = slots.at(-1)?.startMs ?? 0;
    expect(last).toBeLessThan(at('2026-12-01T12:00:00Z') + 90 * 24 * HOUR);
    expect(last).toBeGreaterThan(at('2026-12-01T12:00:00Z') + 88 * 24 * HOUR);
    expect(findSlot(ctx, service('haircut'), at('2027-03-06T15:00:00Z'))).toBeNull();
  });

  it('a start that is not a session is null', () => {
    const { ctx, service } = setup('2026-12-01T12:00:00Z');
    expect(findSlot(ctx, service('haircut'), at('2026-12-08T15:15:00Z'))).toBeNull();
    expect(findSlot(ctx, service('haircut'), at('2026-12-08T23:00:00Z'))).toBeNull(); // 18:00
  });
});

describe('daylight-saving days', () => {
  it('the week around 2027-03-14: Saturday 10:00 is 15:00Z, Tuesday 10:00 is 14:00Z', () => {
    const { ctx, service } = setup('2027-03-01T12:00:00Z');
    const slots = slotsFor(
      ctx,
      service('haircut'),
      at('2027-03-13T00:00:00Z'),
      at('2027-03-17T00:00:00Z'),
    );
    const firstOfDay = slots.filter((s) => toNy(s.startMs) === '10:00').map((s) => iso(s.startMs));
    expect(firstOfDay).toEqual(['2027-03-13T15:00:00.000Z', '2027-03-16T14:00:00.000Z']);
    expect(slots).toHaveLength(32);
  });

  const nightService = (base: Service): Service => ({
    ...base,
    hours: [{ weekday: 0, start: '00:00', end: '04:00' }],
    slotStepMinutes: 30,
    durationMinutes: 30,
    leadTimeMinutes: 0,
  });

  it('2027-03-14 (spring forward): 02:00 and 02:30 do not exist, no other hour is lost', () => {
    const { ctx, service } = setup('2027-03-01T12:00:00Z');
    const s = nightService(service('haircut'));
    const sessions = sessionsOf(s, NY, at('2027-03-14T00:00:00Z'), at('2027-03-15T00:00:00Z'));
    expect(sessions.map((x) => iso(x.startMs))).toEqual([
      '2027-03-14T05:00:00.000Z', // 00:00 EST
      '2027-03-14T05:30:00.000Z',
      '2027-03-14T06:00:00.000Z',
      '2027-03-14T06:30:00.000Z', // 01:30 EST, ends 03:00 EDT
      '2027-03-14T07:00:00.000Z', // 03:00 EDT
      '2027-03-14T07:30:00.000Z',
    ]);
    expect(iso(sessions[3]?.endMs ?? 0)).toBe('2027-03-14T07:00:00.000Z');
    expect(slotsFor(ctx, s, at('2027-03-14T00:00:00Z'), at('2027-03-15T00:00:00Z'))).toHaveLength(
      6,
    );
  });

  it('2026-11-01 (fall back): 01:00 and 01:30 once, at their first (EDT) occurrence', () => {
    const { service } = setup('2026-10-20T12:00:00Z');
    const s = nightService(service('haircut'));
    const sessions = sessionsOf(s, NY, at('2026-11-01T00:00:00Z'), at('2026-11-02T00:00:00Z'));
    expect(sessions.map((x) => iso(x.startMs))).toEqual([
      '2026-11-01T04:00:00.000Z', // 00:00 EDT
      '2026-11-01T04:30:00.000Z',
      '2026-11-01T05:00:00.000Z', // 01:00 EDT
      '2026-11-01T05:30:00.000Z', // 01:30 EDT (not again at 06:30Z)
      '2026-11-01T07:00:00.000Z', // 02:00 EST
      '2026-11-01T07:30:00.000Z',
      '2026-11-01T08:00:00.000Z',
      '2026-11-01T08:30:00.000Z',
    ]);
    expect(new Set(sessions.map((x) => x.startMs)).size).toBe(sessions.length);
  });

  it('the week around 2026-11-01: Saturday 10:00 is 14:00Z, Tuesday 10:00 is 15:00Z', () => {
    const { ctx, service } = setup('2026-10-20T12:00:00Z');
    const slots = slotsFor(
      ctx,
      service('haircut'),
      at('2026-10-31T00:00:00Z'),
      at('2026-11-04T00:00:00Z'),
    );
    const firstOfDay = slots.filter((s) => toNy(s.startMs) === '10:00').map((s) => iso(s.startMs));
    expect(firstOfDay).toEqual(['2026-10-31T14:00:00.000Z', '2026-11-03T15:00:00.000Z']);
  });
});
