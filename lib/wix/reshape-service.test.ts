import { describe, expect, it } from 'vitest';
import type { services } from '@wix/bookings';
import { compareServices, isOffered, reshapeService, reshapeServicePrice } from './reshape-service';

type SdkService = services.Service;

const money = (value: string, formattedValue?: string) => ({
  value,
  currency: 'USD',
  ...(formattedValue ? { formattedValue } : {}),
});

const haircut: SdkService = {
  _id: 'svc-1',
  type: 'APPOINTMENT',
  name: 'Haircut',
  tagLine: 'A cut that suits you',
  description: 'Wash, cut and style.',
  defaultCapacity: 1,
  sortOrder: 0,
  hidden: false,
  mainSlug: { name: 'haircut' },
  category: { _id: 'cat-1', name: 'Hair & beauty', sortOrder: 0 },
  media: {
    mainMedia: { image: 'wix:image://v1/abc.png/abc.png#originWidth=640&originHeight=480' },
  },
  payment: { rateType: 'FIXED', fixed: { price: money('45.00', '$45.00') } },
  onlineBooking: { enabled: true },
  schedule: { _id: 'sch-1', availabilityConstraints: { durations: [{ minutes: 30 }] } },
  staffMemberDetails: {
    staffMembers: [
      { staffMemberId: 'anna', name: 'Anna Berg' },
      { staffMemberId: 'ben', name: 'Ben Ortiz' },
    ],
  },
  locations: [
    {
      type: 'BUSINESS',
      business: {
        _id: 'loc-1',
        name: 'Soho Studio',
        address: { formatted: '100 Spring St, New York, NY 10012' },
      },
    },
  ],
};

describe('reshapeService', () => {
  it('keeps what the shop shows, with Wix’s formatted price and the business zone', () => {
    expect(reshapeService(haircut, 'America/New_York')).toEqual({
      id: 'svc-1',
      slug: 'haircut',
      name: 'Haircut',
      type: 'appointment',
      tagLine: 'A cut that suits you',
      description: 'Wash, cut and style.',
      category: { id: 'cat-1', name: 'Hair & beauty', sortOrder: 0 },
      image: {
        // Unit tests run in emulator mode, where the emulator serves Wix's media.
        url: 'http://127.0.0.1:4010/media/abc.png',
        alt: 'Haircut',
        width: 640,
        height: 480,
      },
      durationMinutes: 30,
      price: { kind: 'fixed', formatted: '$45.00' },
      capacity: 1,
      staff: [
        { id: 'anna', name: 'Anna Berg' },
        { id: 'ben', name: 'Ben Ortiz' },
      ],
      scheduleId: 'sch-1',
      location: { id: 'loc-1', name: 'Soho Studio', address: '100 Spring St, New York, NY 10012' },
      businessTimeZone: 'America/New_York',
    });
  });

  it('reads a class and leaves out what is missing', () => {
    const yoga = reshapeService(
      {
        _id: 'svc-2',
        type: 'CLASS',
        name: 'Yoga flow',
        mainSlug: { name: 'yoga-flow' },
        defaultCapacity: 8,
      },
      'UTC',
    );
    expect(yoga).toMatchObject({
      type: 'class',
      capacity: 8,
      tagLine: null,
      description: null,
      category: null,
      image: null,
      durationMinutes: null,
      staff: [],
      scheduleId: null,
      location: null,
      price: { kind: 'free', formatted: 'Free' },
    });
  });

  it('answers null for courses and services without an id or slug', () => {
    expect(reshapeService({ ...haircut, type: 'COURSE' }, 'UTC')).toBeNull();
    expect(reshapeService({ ...haircut, mainSlug: undefined }, 'UTC')).toBeNull();
    expect(reshapeService({ ...haircut, _id: null }, 'UTC')).toBeNull();
  });
});

describe('reshapeServicePrice', () => {
  it.each([
    [{ rateType: 'FIXED', fixed: { price: money('45.00', '$45.00') } }, 'fixed', '$45.00'],
    [{ rateType: 'FIXED', fixed: { price: money('1250') } }, 'fixed', '$1,250.00'],
    [
      {
        rateType: 'VARIED',
        varied: { minPrice: money('110.00', '$110.00'), maxPrice: money('140.00', '$140.00') },
      },
      'varied',
      'From $110.00',
    ],
    [{ rateType: 'VARIED', varied: { defaultPrice: money('110') } }, 'varied', 'From $110.00'],
    [{ rateType: 'NO_FEE' }, 'free', 'Free'],
    [{ rateType: 'CUSTOM', custom: { description: 'Ask us' } }, 'fixed', 'Ask us'],
    [undefined, 'free', 'Free'],
  ] as const)('%j → %s %s', (payment, kind, formatted) => {
    expect(reshapeServicePrice(payment as SdkService['payment'])).toEqual({ kind, formatted });
  });
});

describe('ordering and visibility', () => {
  it('sorts by category, then the business’s order, then name; uncategorized last', () => {
    const s = (name: string, category: number | null, sortOrder: number): SdkService => ({
      name,
      sortOrder,
      ...(category === null ? {} : { category: { _id: `c${category}`, sortOrder: category } }),
    });
    const sorted = [s('Z', 1, 0), s('None', null, 0), s('B', 0, 1), s('A', 0, 1), s('C', 0, 0)]
      .sort(compareServices)
      .map((x) => x.name);
    expect(sorted).toEqual(['C', 'A', 'B', 'Z', 'None']);
  });

  it('offers neither hidden services nor those without online booking', () => {
    expect(isOffered(haircut)).toBe(true);
    expect(isOffered({ ...haircut, hidden: true })).toBe(false);
    expect(isOffered({ ...haircut, onlineBooking: { enabled: false } })).toBe(false);
  });
});
