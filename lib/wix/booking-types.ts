/** Our own bookings shapes (Wix Bookings); pages never see the SDK's. */

export type ServicePrice =
  | { kind: 'fixed'; formatted: string }
  /** `formatted` reads like "From $110.00". */
  | { kind: 'varied'; formatted: string }
  | { kind: 'free'; formatted: 'Free' };

export interface StaffMember {
  id: string;
  name: string;
}

export interface Service {
  id: string;
  slug: string;
  name: string;
  type: 'appointment' | 'class';
  tagLine: string | null;
  description: string | null;
  category: { id: string; name: string; sortOrder: number } | null;
  image: { url: string; alt: string; width: number; height: number } | null;
  durationMinutes: number | null;
  price: ServicePrice;
  capacity: number;
  staff: StaffMember[];
  scheduleId: string | null;
  location: { id: string; name: string; address: string | null } | null;
  /** The zone the business works in ('America/New_York' in the emulator). */
  businessTimeZone: string;
}

/** One free time, JSON-safe (the availability route returns these). */
export interface FreeSlot {
  /** UTC ISO instant, e.g. "2026-12-08T15:00:00.000Z". */
  start: string;
  end: string;
  /** Free staff (appointments); the teacher (classes). */
  staff: StaffMember[];
  /** Classes only. */
  placesLeft: number | null;
  /** Classes only. */
  eventId: string | null;
}

export interface MemberBooking {
  id: string;
  revision: string;
  serviceName: string;
  serviceId: string;
  start: string;
  end: string;
  /** The business zone. */
  timeZone: string;
  status: 'confirmed' | 'canceled' | 'pending' | 'other';
  canCancel: boolean;
  staffName: string | null;
}
