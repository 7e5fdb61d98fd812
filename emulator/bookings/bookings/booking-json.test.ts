import { describe, expect, it } from 'vitest';
import type { Booking } from '../model';
import { BUSINESS_TIME_ZONE, LOCATION_ID, seedBookings, serviceId, staffId } from '../seed';
import { allowedActionsJson, bookingJson } from './booking-json';
import { queryExtendedBookingDocs } from './query';

const HOUR = 3_600_000;
const state = seedBookings();
const START = Date.parse('2026-12-08T15:00:00Z');

const booking = (over: Partial<Booking> = {}): Booking => ({
  id: 'b-1',
  serviceId: serviceId('haircut'),
  startMs: START,
  endMs: START + 30 * 60_000,
  staffId: staffId('anna'),
  eventId: null,
  participants: 1,
  status: 'CONFIRMED',
  paymentStatus: 'PAID',
  owner: { kind: 'member', id: 'm-1' },
  contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '' },
  timeZone: 'Europe/London',
  orderId: 'o-1',
  revision: 1,
  createdDate: '2026-12-01T10:00:00.000Z',
  updatedDate: '2026-12-01T10:00:00.000Z',
  canceledDate: null,
  ...over,
});

describe('bookingJson', () => {
  it('sends the booking as Wix does: UTC instants, the business zone on the slot, the staff named', () => {
    const json = bookingJson(state, booking(), 'c-1');
    expect(json).toMatchObject({
      id: 'b-1',
      revision: '1',
      status: 'CONFIRMED',
      paymentStatus: 'PAID',
      selectedPaymentOption: 'ONLINE',
      startDate: '2026-12-08T15:00:00.000Z',
      endDate: '2026-12-08T15:30:00.000Z',
      bookedEntity: {
        title: 'Haircut',
        tags: ['INDIVIDUAL'],
        slot: {
          serviceId: serviceId('haircut'),
          startDate: '2026-12-08T15:00:00.000Z',
          timezone: BUSINESS_TIME_ZONE,
          resource: { id: staffId('anna'), name: 'Anna Berg' },
          location: { id: LOCATION_ID, name: 'Soho Studio', locationType: 'OWNER_BUSINESS' },
        },
      },
      contactDetails: { contactId: 'c-1', firstName: 'Ada', timeZone: 'Europe/London' },
      createdBy: { memberId: 'm-1', contactId: 'c-1' },
    });
    expect(json).not.toHaveProperty('canceledDate');
    expect(json.contactDetails).not.toHaveProperty('phone');
  });

  it('names a visitor creator as anonymousVisitorId', () => {
    const json = bookingJson(state, booking({ owner: { kind: 'visitor', id: 'v-1' } }), null);
    expect(json.createdBy).toEqual({ anonymousVisitorId: 'v-1' });
  });
});

describe('allowedActionsJson', () => {
  it('allows cancel until 24 h before the start, and never for a canceled booking', () => {
    const b = booking();
    expect(allowedActionsJson(state, b, START - 25 * HOUR)).toEqual({
      cancel: true,
      reschedule: false,
      refund: false,
    });
    expect(allowedActionsJson(state, b, START - 24 * HOUR).cancel).toBe(false);
    expect(allowedActionsJson(state, booking({ status: 'CANCELED' }), 0).cancel).toBe(false);
  });
});

describe('queryExtendedBookingDocs', () => {
  const docs = [
    bookingJson(
      state,
      booking({ id: 'a', startMs: START, createdDate: '2026-12-01T00:00:00Z' }),
      null,
    ),
    bookingJson(
      state,
      booking({ id: 'b', startMs: START + 48 * HOUR, createdDate: '2026-12-03T00:00:00Z' }),
      null,
    ),
    bookingJson(
      state,
      booking({
        id: 'c',
        startMs: START - 48 * HOUR,
        status: 'CANCELED',
        createdDate: '2026-12-02T00:00:00Z',
      }),
      null,
    ),
  ];
  const ids = (query: Parameters<typeof queryExtendedBookingDocs>[1]) =>
    queryExtendedBookingDocs(docs, query).items.map((d) => d.id);

  it('sorts newest first unless asked, and filters dates in both forms the SDK sends', () => {
    expect(ids({})).toEqual(['b', 'c', 'a']);
    const from = { $gte: '2026-12-08T15:00:00+00:00' };
    expect(
      ids({ filter: { startDate: from }, sort: [{ fieldName: 'startDate', order: 'ASC' }] }),
    ).toEqual(['a', 'b']);
    expect(ids({ filter: { startDate: { $lt: '2026-12-08T15:00:00.000Z' } } })).toEqual(['c']);
  });

  it('filters by status and service, and pages with a cursor', () => {
    expect(ids({ filter: { status: { $in: ['CANCELED'] } } })).toEqual(['c']);
    expect(ids({ filter: { 'bookedEntity.item.slot.serviceId': serviceId('yoga-flow') } })).toEqual(
      [],
    );
    const first = queryExtendedBookingDocs(docs, { cursorPaging: { limit: 2 } });
    expect(first.items.map((d) => d.id)).toEqual(['b', 'c']);
    const cursor = first.pagingMetadata.cursors.next ?? '';
    expect(ids({ cursorPaging: { cursor, limit: 2 } })).toEqual(['a']);
  });

  it('refuses unknown fields and limits over 100', () => {
    expect(() => ids({ filter: { 'contactDetails.phone': 'x' } })).toThrow(/not supported/);
    expect(() => ids({ cursorPaging: { limit: 101 } })).toThrow(/0 to 100/);
  });
});
