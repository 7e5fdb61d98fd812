import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { GUID, refusal, sdkError } from './ecom-helpers';
import { startTestEmulator } from './helpers';
import {
  NY,
  bookingUrl,
  createBookingClient,
  landing,
  openAndBook,
  service,
  signUpMember,
  staff,
} from './bookings-helpers';

// A member's own bookings: extended-bookings query (scoped to the caller) and cancel.
// "Now" is Tuesday 2026-12-01, about 07:00 in New York; cancellation closes 24 h before a start.
const NOW = Date.parse('2026-12-01T12:00:00Z');
let now = NOW;
const STAFF_TYPE = '1cd44cf8-756f-41c3-bd90-3e2ffcaf1155';
let emulator: RunningEmulator;
const ada = createBookingClient();
const bob = createBookingClient();
const visitor = createBookingClient();
const ids = { haircut: '', today: '', consultation: '' };

/** Books a session as `client` and returns the booking id from the thank-you URL. */
async function book(
  client: typeof ada,
  slug: string,
  start: string,
  end: string,
  staffId?: string,
) {
  const url = await bookingUrl(client, { slug, start, end, ...(staffId ? { staffId } : {}) });
  now += 60_000; // one booking a minute, so "newest first" has an order
  return landing(await openAndBook(url)).searchParams.get('bookingId') ?? '';
}

beforeAll(async () => {
  emulator = await startTestEmulator({ clock: () => now });
  await signUpMember(ada, 'Ada Lovelace', 'ada@example.com');
  await signUpMember(bob, 'Bob Kahn', 'bob@example.com');
  ids.haircut = await book(
    ada,
    'haircut',
    '2026-12-02T10:00:00',
    '2026-12-02T10:30:00',
    staff('anna'),
  );
  // 4 h ahead: inside the cancellation window.
  ids.today = await book(ada, 'haircut', '2026-12-01T11:00:00', '2026-12-01T11:30:00');
  ids.consultation = await book(
    ada,
    'colour-consultation',
    '2026-12-03T09:00:00',
    '2026-12-03T09:15:00',
  );
});
afterAll(() => emulator.close());

describe('queryExtendedBookings', () => {
  it('gives a member their own bookings, as the templates ask (typed form)', async () => {
    const { extendedBookings = [] } = await ada.extendedBookings.queryExtendedBookings(
      {
        filter: { startDate: { $gte: new Date(NOW).toISOString().replace('Z', '+00:00') } },
        sort: [{ fieldName: 'startDate', order: 'ASC' }],
      },
      { withBookingAllowedActions: true },
    );
    expect(extendedBookings.map((e) => e.booking?._id)).toEqual([
      ids.today,
      ids.haircut,
      ids.consultation,
    ]);
    const [today, haircut] = extendedBookings;
    expect(haircut).toMatchObject({
      booking: {
        _id: expect.stringMatching(GUID),
        revision: '1',
        status: 'CONFIRMED',
        paymentStatus: 'PAID',
        bookedEntity: {
          title: 'Haircut',
          slot: {
            serviceId: service('haircut').id,
            startDate: '2026-12-02T15:00:00.000Z',
            timezone: NY,
            resource: { _id: staff('anna'), name: 'Anna Berg' },
          },
        },
        createdBy: { memberId: expect.stringMatching(GUID) },
      },
      allowedActions: { cancel: true, reschedule: false, refund: false },
    });
    expect(haircut?.booking?.startDate).toEqual(new Date('2026-12-02T15:00:00.000Z'));
    expect(today?.allowedActions?.cancel).toBe(false);
    const consultation = extendedBookings[2]?.booking;
    expect(consultation).toMatchObject({
      paymentStatus: 'EXEMPT',
      bookedEntity: { title: 'Free colour consultation' },
    });
  });

  it('pages newest first with the builder form', async () => {
    const first = await ada.extendedBookings
      .queryExtendedBookings({ withBookingAllowedActions: true })
      .limit(2)
      .find();
    expect(first.items.map((e) => e.booking?._id)).toEqual([ids.consultation, ids.today]);
    expect(first.hasNext()).toBe(true);
    const second = await first.next();
    expect(second.items.map((e) => e.booking?._id)).toEqual([ids.haircut]);
    expect(second.hasNext()).toBe(false);
  });

  it('filters by status and service', async () => {
    const { extendedBookings = [] } = await ada.extendedBookings.queryExtendedBookings({
      filter: {
        status: { $in: ['CONFIRMED'] },
        'bookedEntity.item.slot.serviceId': service('colour-consultation').id,
      },
    });
    expect(extendedBookings.map((e) => e.booking?._id)).toEqual([ids.consultation]);
  });

  it('shows another member none of them', async () => {
    const { extendedBookings = [] } = await bob.extendedBookings.queryExtendedBookings({}, {});
    expect(extendedBookings).toEqual([]);
  });

  it('refuses a visitor', async () => {
    expect(await refusal(visitor.extendedBookings.queryExtendedBookings().find())).toEqual([
      403,
      'PERMISSION_DENIED',
    ]);
  });
});

describe('cancelBooking', () => {
  it('refuses a missing or stale revision, another member and a visitor', async () => {
    const missing = await sdkError(
      ada.bookings.cancelBooking(ids.consultation, {} as { revision: string }),
    );
    expect(missing.status).toBe(400);
    expect(missing.details?.validationError?.fieldViolations?.[0]?.field).toBe('options.revision');
    expect(await refusal(ada.bookings.cancelBooking(ids.consultation, { revision: '7' }))).toEqual([
      409,
      'REVISION_MISMATCH',
    ]);
    expect(await refusal(bob.bookings.cancelBooking(ids.consultation, { revision: '1' }))).toEqual([
      404,
      'BOOKING_NOT_FOUND',
    ]);
    expect(
      await refusal(visitor.bookings.cancelBooking(ids.consultation, { revision: '1' })),
    ).toEqual([403, 'PERMISSION_DENIED']);
  });

  it('refuses inside the 24 h window', async () => {
    expect(await refusal(ada.bookings.cancelBooking(ids.today, { revision: '1' }))).toEqual([
      400,
      'BOOKING_POLICY_VIOLATION',
    ]);
  });

  it('cancels with the right revision, and the freed time is offered again', async () => {
    const freeAt = async () => {
      const { timeSlots } = await visitor.availabilityTimeSlots.listAvailabilityTimeSlots({
        serviceId: service('colour-consultation').id,
        fromLocalDate: '2026-12-03T09:00:00',
        toLocalDate: '2026-12-03T09:30:00',
        timeZone: NY,
        includeResourceTypeIds: [STAFF_TYPE],
        bookable: true,
      });
      return (timeSlots ?? []).map((s) => s.localStartDate);
    };
    expect(await freeAt()).toEqual(['2026-12-03T09:15:00']);
    const { booking } = await ada.bookings.cancelBooking(ids.consultation, {
      revision: '1',
      participantNotification: { notifyParticipants: true },
    });
    expect(booking).toMatchObject({ _id: ids.consultation, status: 'CANCELED', revision: '2' });
    // Not in the typings, but the SDK turns it into a Date.
    expect((booking as { canceledDate?: unknown }).canceledDate).toBeInstanceOf(Date);
    expect(await freeAt()).toEqual(['2026-12-03T09:00:00', '2026-12-03T09:15:00']);
    expect(await refusal(ada.bookings.cancelBooking(ids.consultation, { revision: '2' }))).toEqual([
      400,
      'BOOKING_ALREADY_CANCELED',
    ]);
    const { extendedBookings = [] } = await ada.extendedBookings.queryExtendedBookings(
      { filter: { status: 'CANCELED' } },
      { withBookingAllowedActions: true },
    );
    expect(extendedBookings.map((e) => [e.booking?._id, e.allowedActions?.cancel])).toEqual([
      [ids.consultation, false],
    ]);
  });
});
