import { z } from 'zod';

// The Wix Bookings slice of state.json (`bookings`): the business, its staff, services and bookings.

// Not imported from store/schema: that module imports every domain's state, this one included.
const identitySchema = z.object({ kind: z.enum(['visitor', 'member']), id: z.string() });

/** `HH:MM` wall-clock time in the business's time zone. */
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** One stretch of working hours on a weekday (0 = Sunday … 6 = Saturday), business zone. */
export const hoursSchema = z.object({
  weekday: z.number().int().min(0).max(6),
  start: wallTime,
  end: wallTime,
});

export const staffSchema = z.object({
  id: z.string(),
  name: z.string(),
  mediaId: z.string().nullable(),
});

export const categorySchema = z.object({ id: z.string(), name: z.string(), sortOrder: z.number() });

export const businessSchema = z.object({
  /** IANA zone with daylight saving; schedules are wall time in this zone. */
  timeZone: z.string(),
  currency: z.string(),
  location: z.object({ id: z.string(), name: z.string(), formattedAddress: z.string() }),
});

/** FIXED: `priceCents`; VARIED: from `priceCents` (the default) up to `maxPriceCents`; NO_FEE: free. */
export const servicePaymentSchema = z.object({
  rateType: z.enum(['FIXED', 'VARIED', 'NO_FEE']),
  priceCents: z.number().int().min(0),
  maxPriceCents: z.number().int().min(0).nullable(),
});

export const serviceSchema = z.object({
  id: z.string(),
  type: z.enum(['APPOINTMENT', 'CLASS']),
  name: z.string(),
  slug: z.string(),
  tagLine: z.string(),
  description: z.string(),
  categoryId: z.string(),
  /** A media id the emulator's /media routes serve (like products). */
  mediaId: z.string().nullable(),
  sortOrder: z.number(),
  hidden: z.boolean(),
  onlineBookingEnabled: z.boolean(),
  payment: servicePaymentSchema,
  /** Session length. */
  durationMinutes: z.number().int().min(5),
  /** Kept free after each appointment (not for classes). */
  bufferMinutes: z.number().int().min(0),
  /** Places per session: 1 per staff member for appointments, the class size for classes. */
  capacity: z.number().int().min(1),
  staffIds: z.array(z.string()).min(1),
  scheduleId: z.string(),
  /**
   * APPOINTMENT: working hours, sliced into sessions every `slotStepMinutes`.
   * CLASS: each entry is one weekly session starting at `start` (its `end` = start + duration).
   */
  hours: z.array(hoursSchema),
  slotStepMinutes: z.number().int().min(5),
  /** Slots that start sooner than this after now are not bookable (Wix's "book up to … before"). */
  leadTimeMinutes: z.number().int().min(0),
  /** How far ahead slots are offered at all. */
  horizonDays: z.number().int().min(1),
  /** Members can cancel until this many hours before the start; later, cancel is refused. */
  cancellationWindowHours: z.number().int().min(0),
  createdDate: z.string(),
  updatedDate: z.string(),
  revision: z.number().int(),
});

export const contactSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
});

export const bookingSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  /** UTC instants of the session. */
  startMs: z.number(),
  endMs: z.number(),
  /** The staff member who takes an appointment (classes: the class's teacher). */
  staffId: z.string(),
  /** Class sessions only. */
  eventId: z.string().nullable(),
  participants: z.number().int().min(1),
  status: z.enum(['CONFIRMED', 'CANCELED']),
  paymentStatus: z.enum(['NOT_PAID', 'PAID', 'EXEMPT']),
  /** Who booked: the identity of the redirect session's creator. */
  owner: identitySchema,
  contact: contactSchema,
  /** The shopper's zone on the booking page (what they saw times in). */
  timeZone: z.string(),
  orderId: z.string().nullable(),
  revision: z.number().int(),
  createdDate: z.string(),
  updatedDate: z.string(),
  canceledDate: z.string().nullable(),
});

export const bookingsSchema = z.object({
  business: businessSchema,
  staff: z.record(z.string(), staffSchema),
  categories: z.array(categorySchema),
  services: z.record(z.string(), serviceSchema),
  bookings: z.record(z.string(), bookingSchema),
});

export type BookingsState = z.infer<typeof bookingsSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Booking = z.infer<typeof bookingSchema>;
export type Staff = z.infer<typeof staffSchema>;
export type Business = z.infer<typeof businessSchema>;
