import { seedGuid } from '../stores/build-catalog';
import type { BookingsState, Service } from './model';

// The seeded business (docs: emulator/README.md, "Wix Bookings"): a New York studio with four
// staff and six services. Ids are stable GUIDs, so tests and developers can rely on them.

export const BUSINESS_TIME_ZONE = 'America/New_York';
const BASE_DATE = Date.UTC(2024, 1, 1, 9);
const DAY = 86_400_000;

const STAFF = [
  ['anna', 'Anna Berg'],
  ['ben', 'Ben Ortiz'],
  ['clara', 'Clara Nakamura'],
  ['dana', 'Dana Wells'],
] as const;
type StaffKey = (typeof STAFF)[number][0];

const CATEGORIES = [
  ['hair-beauty', 'Hair & beauty'],
  ['massage-wellness', 'Massage & wellness'],
  ['classes', 'Classes'],
] as const;
type CategoryKey = (typeof CATEGORIES)[number][0];

export const staffId = (key: StaffKey) => seedGuid(`staff:${key}`);
export const categoryId = (key: CategoryKey) => seedGuid(`category:${key}`);
export const serviceId = (slug: string) => seedGuid(`service:${slug}`);
export const LOCATION_ID = seedGuid('location:main');

/** Placeholder-art colour per service image and staff portrait (see emulator/media). */
export const MEDIA_COLOURS: Record<string, string> = {
  haircut: '#b5835a',
  'colour-consultation': '#c9a3c4',
  'deep-tissue-massage': '#6f8f7a',
  'hot-stone-massage': '#8c5a4a',
  'yoga-flow': '#5a7fa8',
  'sunrise-pilates': '#e0a458',
  anna: '#a0785a',
  ben: '#55697a',
  clara: '#7a5a6e',
  dana: '#5e7d5b',
};

export const serviceMediaId = (slug: string) => `emu-service-${slug}.png`;
export const staffMediaId = (key: string) => `emu-staff-${key}.png`;

type Days = readonly number[];
const weekly = (days: Days, start: string, end: string) =>
  days.map((weekday) => ({ weekday, start, end }));
const TUE_SAT = [2, 3, 4, 5, 6];
const MON_FRI = [1, 2, 3, 4, 5];
const MON_SAT = [1, 2, 3, 4, 5, 6];

interface SeedService {
  slug: string;
  type: Service['type'];
  name: string;
  category: CategoryKey;
  minutes: number;
  buffer: number;
  payment: Service['payment'];
  capacity: number;
  staff: StaffKey[];
  hours: Service['hours'];
  step: number;
  tagLine: string;
  description: string;
}

const fixed = (dollars: number): Service['payment'] => ({
  rateType: 'FIXED',
  priceCents: dollars * 100,
  maxPriceCents: null,
});

const SERVICES: SeedService[] = [
  {
    slug: 'haircut',
    type: 'APPOINTMENT',
    name: 'Haircut',
    category: 'hair-beauty',
    minutes: 30,
    buffer: 10,
    payment: fixed(45),
    capacity: 1,
    staff: ['anna', 'ben'],
    hours: weekly(TUE_SAT, '10:00', '18:00'),
    step: 30,
    tagLine: 'A precise cut, finished with a wash and style.',
    description:
      'Tell us how you wear your hair and how much time you give it in the morning; we cut ' +
      'for that. Every haircut includes a wash, the cut and a blow-dry finish.\n\n' +
      'Choose Anna or Ben, or let us pick whoever is free first.',
  },
  {
    slug: 'colour-consultation',
    type: 'APPOINTMENT',
    name: 'Free colour consultation',
    category: 'hair-beauty',
    minutes: 15,
    buffer: 0,
    payment: { rateType: 'NO_FEE', priceCents: 0, maxPriceCents: null },
    capacity: 1,
    staff: ['anna'],
    hours: weekly(MON_FRI, '09:00', '12:00'),
    step: 15,
    tagLine: 'Fifteen minutes to plan your next colour, on us.',
    description:
      'Bring photos of colours you like. Anna looks at your hair, talks through what is ' +
      'possible in one visit and what it will cost, and does a strand test if you want one.',
  },
  {
    slug: 'deep-tissue-massage',
    type: 'APPOINTMENT',
    name: 'Deep tissue massage',
    category: 'massage-wellness',
    minutes: 60,
    buffer: 15,
    payment: fixed(90),
    capacity: 1,
    staff: ['clara'],
    hours: weekly(MON_SAT, '09:00', '17:00'),
    step: 60,
    tagLine: 'Slow, firm pressure for tight shoulders and backs.',
    description:
      'A full hour of firm, slow work on the deeper layers of muscle, focused on where you ' +
      'hold tension. Good after long days at a desk or hard training.\n\n' +
      'Tell Clara about injuries or pressure preferences before you start.',
  },
  {
    slug: 'hot-stone-massage',
    type: 'APPOINTMENT',
    name: 'Hot stone massage',
    category: 'massage-wellness',
    minutes: 90,
    buffer: 30,
    payment: { rateType: 'VARIED', priceCents: 11000, maxPriceCents: 14000 },
    capacity: 1,
    staff: ['clara'],
    hours: weekly([2, 4], '12:00', '20:00'),
    step: 30,
    tagLine: 'Warm basalt stones and long strokes to unwind completely.',
    description:
      'Heated basalt stones are placed on and worked along the body to relax muscles before ' +
      'a full-body massage. The price depends on the oils and the areas you choose on the day.',
  },
  {
    slug: 'yoga-flow',
    type: 'CLASS',
    name: 'Yoga flow',
    category: 'classes',
    minutes: 60,
    buffer: 0,
    payment: fixed(20),
    capacity: 8,
    staff: ['dana'],
    hours: [...weekly([1, 3, 5], '18:00', '19:00'), { weekday: 6, start: '09:00', end: '10:00' }],
    step: 60,
    tagLine: 'An hour of flowing vinyasa for every level.',
    description:
      'Dana leads a steady vinyasa flow that links breath and movement, with options to make ' +
      'each pose easier or harder. Mats and blocks are provided.\n\n' +
      'Small classes of at most eight people.',
  },
  {
    slug: 'sunrise-pilates',
    type: 'CLASS',
    name: 'Sunrise pilates',
    category: 'classes',
    minutes: 45,
    buffer: 0,
    payment: fixed(25),
    capacity: 5,
    staff: ['dana'],
    hours: weekly([2, 4], '07:00', '07:45'),
    step: 45,
    tagLine: 'Core strength before work, in a class of five.',
    description:
      'A 45-minute mat pilates class for core strength, posture and balance, done before the ' +
      'working day starts. At most five people, so Dana can correct everyone.',
  },
];

function toService(row: SeedService, index: number): Service {
  const date = new Date(BASE_DATE + index * DAY).toISOString();
  const sortOrder = SERVICES.filter((s) => s.category === row.category).indexOf(row);
  return {
    id: serviceId(row.slug),
    type: row.type,
    name: row.name,
    slug: row.slug,
    tagLine: row.tagLine,
    description: row.description,
    categoryId: categoryId(row.category),
    mediaId: serviceMediaId(row.slug),
    sortOrder,
    hidden: false,
    onlineBookingEnabled: true,
    payment: row.payment,
    durationMinutes: row.minutes,
    bufferMinutes: row.buffer,
    capacity: row.capacity,
    staffIds: row.staff.map(staffId),
    scheduleId: seedGuid(`schedule:${row.slug}`),
    hours: row.hours,
    slotStepMinutes: row.step,
    leadTimeMinutes: 120,
    horizonDays: 90,
    cancellationWindowHours: 24,
    createdDate: date,
    updatedDate: date,
    revision: 1,
  };
}

/** The business, its staff, categories and six services; no bookings yet. */
export function seedBookings(): BookingsState {
  return {
    business: {
      timeZone: BUSINESS_TIME_ZONE,
      currency: 'USD',
      location: {
        id: LOCATION_ID,
        name: 'Soho Studio',
        formattedAddress: '100 Spring St, New York, NY 10012',
      },
    },
    staff: Object.fromEntries(
      STAFF.map(([key, name]) => [
        staffId(key),
        { id: staffId(key), name, mediaId: staffMediaId(key) },
      ]),
    ),
    categories: CATEGORIES.map(([key, name], sortOrder) => ({
      id: categoryId(key),
      name,
      sortOrder,
    })),
    services: Object.fromEntries(
      SERVICES.map((row, i) => [serviceId(row.slug), toService(row, i)]),
    ),
    bookings: {},
  };
}
