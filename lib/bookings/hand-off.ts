import type { Service } from '../wix/booking-types';
import { toLocalDateTime, type LocalDateTime } from './zone';

// What the booking hand-off sends Wix and what the session keeps of it (pure, no SDK types).

/** A Wix SlotAvailability (redirect sessions' bookingsCheckout), in our own spelling. */
export interface SlotAvailabilityInput {
  slot: {
    serviceId: string;
    scheduleId: string | null;
    eventId: string | null;
    /** Zone-less wall time in `timezone` (Wix reads V2 slots this way). */
    startDate: LocalDateTime;
    endDate: LocalDateTime;
    timezone: string;
    resource: { id: string; name: string } | null;
    location: { id: string; name: string; formattedAddress: string | null } | null;
  };
  totalSpots: number;
}

/** What the booking-confirmed page and its .ics show (the session's `booking` record). */
export interface BookingRecord {
  serviceSlug: string;
  serviceName: string;
  /** UTC ISO instants. */
  start: string;
  end: string;
  businessTimeZone: string;
  shopperTimeZone: string;
  staffName: string | null;
  location: string | null;
}

export interface SlotChoice {
  /** UTC ISO instant. */
  start: string;
  /** A staff member of the service, or null for "any staff member". */
  staffId: string | null;
  /** Classes: the session's event id. */
  eventId: string | null;
}

export type HandOff =
  | { ok: true; slotAvailability: SlotAvailabilityInput; end: string; staffName: string | null }
  | { ok: false; error: string };

/**
 * The slot of a hand-off to Wix's booking page: wall times in the business zone (as V2 slots
 * are), the chosen staff member, the service's location.
 */
export function buildHandOff(service: Service, choice: SlotChoice): HandOff {
  const startMs = Date.parse(choice.start);
  if (Number.isNaN(startMs)) return { ok: false, error: 'Choose a time first.' };
  if (!service.durationMinutes)
    return { ok: false, error: 'This service cannot be booked online.' };
  const staff = choice.staffId ? service.staff.find((s) => s.id === choice.staffId) : null;
  if (choice.staffId && !staff)
    return { ok: false, error: 'Choose a staff member of this service.' };
  if (service.type === 'class' && !choice.eventId)
    return { ok: false, error: 'Choose a time first.' };
  const endMs = startMs + service.durationMinutes * 60_000;
  const zone = service.businessTimeZone;
  const location = service.location;
  return {
    ok: true,
    end: new Date(endMs).toISOString(),
    // A class has its teacher, and a one-person service that person; otherwise Wix assigns one.
    staffName:
      staff?.name ??
      (service.type === 'class' || service.staff.length === 1 ? service.staff[0]!.name : null),
    slotAvailability: {
      slot: {
        serviceId: service.id,
        scheduleId: service.scheduleId,
        eventId: service.type === 'class' ? choice.eventId : null,
        startDate: toLocalDateTime(startMs, zone),
        endDate: toLocalDateTime(endMs, zone),
        timezone: zone,
        resource: staff ? { id: staff.id, name: staff.name } : null,
        location: location
          ? { id: location.id, name: location.name, formattedAddress: location.address }
          : null,
      },
      totalSpots: service.capacity,
    },
  };
}

/** "Soho Studio, 100 Spring St, New York, NY 10012". */
export function locationLine(service: Service): string | null {
  const { location } = service;
  if (!location) return null;
  return location.address ? `${location.name}, ${location.address}` : location.name;
}
