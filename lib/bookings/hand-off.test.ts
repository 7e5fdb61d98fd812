import { describe, expect, it } from 'vitest';
import type { Service } from '../wix/booking-types';
import { buildHandOff, locationLine } from './hand-off';

const haircut: Service = {
  id: 'svc-haircut',
  slug: 'haircut',
  name: 'Haircut',
  type: 'appointment',
  tagLine: null,
  description: null,
  category: null,
  image: null,
  durationMinutes: 30,
  price: { kind: 'fixed', formatted: '$45.00' },
  capacity: 1,
  staff: [
    { id: 'anna', name: 'Anna Berg' },
    { id: 'ben', name: 'Ben Ortiz' },
  ],
  scheduleId: 'sch-haircut',
  location: { id: 'loc', name: 'Soho Studio', address: '100 Spring St, New York, NY 10012' },
  businessTimeZone: 'America/New_York',
};
const yoga: Service = {
  ...haircut,
  id: 'svc-yoga',
  slug: 'yoga-flow',
  name: 'Yoga flow',
  type: 'class',
  durationMinutes: 60,
  capacity: 8,
  staff: [{ id: 'dana', name: 'Dana Wells' }],
};

describe('buildHandOff', () => {
  it('sends wall time in the business zone, the chosen staff member and the location', () => {
    const handOff = buildHandOff(haircut, {
      start: '2026-12-08T15:00:00.000Z',
      staffId: 'ben',
      eventId: 'ignored',
    });
    expect(handOff).toEqual({
      ok: true,
      end: '2026-12-08T15:30:00.000Z',
      staffName: 'Ben Ortiz',
      slotAvailability: {
        slot: {
          serviceId: 'svc-haircut',
          scheduleId: 'sch-haircut',
          eventId: null,
          startDate: '2026-12-08T10:00:00',
          endDate: '2026-12-08T10:30:00',
          timezone: 'America/New_York',
          resource: { id: 'ben', name: 'Ben Ortiz' },
          location: {
            id: 'loc',
            name: 'Soho Studio',
            formattedAddress: '100 Spring St, New York, NY 10012',
          },
        },
        totalSpots: 1,
      },
    });
  });

  it('leaves the staff member to Wix for "any staff member"', () => {
    const handOff = buildHandOff(haircut, {
      start: '2026-12-08T15:00:00.000Z',
      staffId: null,
      eventId: null,
    });
    expect(handOff.ok && handOff.slotAvailability.slot.resource).toBeNull();
    expect(handOff.ok && handOff.staffName).toBeNull();
    // With one person on staff, that person takes it.
    const solo = { ...haircut, staff: [{ id: 'clara', name: 'Clara Nakamura' }] };
    const one = buildHandOff(solo, { start: '2026-12-08T15:00:00Z', staffId: null, eventId: null });
    expect(one.ok && one.staffName).toBe('Clara Nakamura');
    expect(one.ok && one.slotAvailability.slot.resource).toBeNull();
  });

  it('books a class session by its event id, with its teacher', () => {
    const handOff = buildHandOff(yoga, {
      start: '2026-12-07T23:00:00.000Z',
      staffId: null,
      eventId: 'svc-yoga.1796684400000',
    });
    expect(handOff.ok && handOff.slotAvailability.slot).toMatchObject({
      eventId: 'svc-yoga.1796684400000',
      startDate: '2026-12-07T18:00:00',
      endDate: '2026-12-07T19:00:00',
    });
    expect(handOff.ok && handOff.staffName).toBe('Dana Wells');
    expect(handOff.ok && handOff.slotAvailability.totalSpots).toBe(8);
  });

  it('uses the wall time of the day: EDT on the spring-forward day', () => {
    const handOff = buildHandOff(haircut, {
      start: '2027-03-14T14:00:00.000Z',
      staffId: null,
      eventId: null,
    });
    expect(handOff.ok && handOff.slotAvailability.slot.startDate).toBe('2027-03-14T10:00:00');
  });

  it.each([
    ['no time', { start: 'soon', staffId: null, eventId: null }, haircut],
    [
      'a stranger as staff',
      { start: '2026-12-08T15:00:00Z', staffId: 'eve', eventId: null },
      haircut,
    ],
    [
      'a class without its event',
      { start: '2026-12-07T23:00:00Z', staffId: null, eventId: null },
      yoga,
    ],
    [
      'a service without a duration',
      { start: '2026-12-08T15:00:00Z', staffId: null, eventId: null },
      { ...haircut, durationMinutes: null },
    ],
  ])('refuses %s', (_, choice, service) => {
    expect(buildHandOff(service, choice).ok).toBe(false);
  });
});

describe('locationLine', () => {
  it('joins name and address', () => {
    expect(locationLine(haircut)).toBe('Soho Studio, 100 Spring St, New York, NY 10012');
    expect(locationLine({ ...haircut, location: null })).toBeNull();
    expect(locationLine({ ...haircut, location: { id: 'l', name: 'Home', address: null } })).toBe(
      'Home',
    );
  });
});
