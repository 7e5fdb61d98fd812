import { describe, expect, it } from 'vitest';
import { BookingError, reshapeMemberBooking, toBookingError } from './bookings';

const extended = (status: string, cancel: boolean) => ({
  booking: {
    _id: 'bk-1',
    revision: '2',
    status: status as 'CONFIRMED',
    startDate: new Date('2026-12-08T15:00:00.000Z'),
    endDate: new Date('2026-12-08T15:30:00.000Z'),
    bookedEntity: {
      title: 'Haircut',
      slot: {
        serviceId: 'svc-1',
        startDate: '2026-12-08T15:00:00.000Z',
        endDate: '2026-12-08T15:30:00.000Z',
        timezone: 'America/New_York',
        resource: { _id: 'anna', name: 'Anna Berg' },
      },
    },
  },
  allowedActions: { cancel, reschedule: false },
});

describe('reshapeMemberBooking', () => {
  it('keeps what the account page shows', () => {
    expect(reshapeMemberBooking(extended('CONFIRMED', true))).toEqual({
      id: 'bk-1',
      revision: '2',
      serviceName: 'Haircut',
      serviceId: 'svc-1',
      start: '2026-12-08T15:00:00.000Z',
      end: '2026-12-08T15:30:00.000Z',
      timeZone: 'America/New_York',
      status: 'confirmed',
      canCancel: true,
      staffName: 'Anna Berg',
    });
  });

  it.each([
    ['CANCELED', true, 'canceled', false],
    ['CONFIRMED', false, 'confirmed', false],
    ['PENDING', true, 'pending', false],
    ['DECLINED', false, 'other', false],
  ])('%s with cancel %s → %s, canCancel %s', (status, cancel, shown, canCancel) => {
    expect(reshapeMemberBooking(extended(status, cancel))).toMatchObject({
      status: shown,
      canCancel,
    });
  });

  it('answers null for a booking without an id or a time', () => {
    expect(reshapeMemberBooking({ booking: { status: 'CONFIRMED' } })).toBeNull();
  });
});

describe('toBookingError', () => {
  const sdkError = (status: number, code?: string) =>
    Object.assign(new Error('x'), {
      status,
      details: { applicationError: { code, description: 'Wix says no' } },
    });

  it('classifies Wix answers', () => {
    expect(toBookingError(sdkError(400, 'BOOKING_POLICY_VIOLATION'))).toMatchObject({
      failure: 'refused',
      code: 'BOOKING_POLICY_VIOLATION',
      reason: 'Wix says no',
      status: 400,
    });
    expect(toBookingError(sdkError(401)).failure).toBe('unauthenticated');
    expect(toBookingError(sdkError(503)).failure).toBe('unavailable');
    expect(toBookingError(new TypeError('fetch failed')).failure).toBe('unavailable');
    const gone = new Error('{"error":"invalid_client"}');
    expect(toBookingError(gone).failure).toBe('not-connected');
  });

  it('passes a BookingError through', () => {
    const error = new BookingError('refused', 'X');
    expect(toBookingError(error)).toBe(error);
  });
});
