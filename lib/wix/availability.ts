import type { availabilityTimeSlots } from '@wix/bookings';
import { localToUtc, addDays, dayKeyOf } from '../bookings/zone';
import { createSingleFlight } from '../single-flight';
import { WIX_STAFF_RESOURCE_TYPE_ID } from '../wix-app-ids';
import type { FreeSlot, Service, StaffMember } from './booking-types';
import { getCatalogClient, withFreshGrantOn401 } from './catalog-client';

// Free times of a service (Wix's V2 time slots). Never cached: a taken time must vanish at once;
// only identical requests in flight share one Wix call.

type TimeSlot = availabilityTimeSlots.TimeSlot;

/** Inclusive days (`YYYY-MM-DD`) in the zone the times are asked in. */
export type DayRange = { from: string; to: string };

// Wix answers up to 1000 slots a call: more than six weeks of any seeded service.
const LIMIT = 1000;

function staffOf(slot: TimeSlot, fallback: StaffMember[]): StaffMember[] {
  const staff = slot.availableResources?.find(
    (r) => r.resourceTypeId === WIX_STAFF_RESOURCE_TYPE_ID,
  );
  if (!staff?.resources?.length) return fallback;
  return staff.resources.flatMap((r) => (r._id ? [{ id: r._id, name: r.name ?? '' }] : []));
}

/** Our FreeSlot for a Wix time slot, or null when it cannot be booked now. */
export function reshapeTimeSlot(
  slot: TimeSlot,
  service: Service,
  timeZone: string,
  nowMs: number,
): FreeSlot | null {
  if (slot.bookable !== true || slot.bookingPolicyViolations?.tooLateToBook) return null;
  const startMs = slot.localStartDate ? localToUtc(slot.localStartDate, timeZone) : null;
  const endMs = slot.localEndDate ? localToUtc(slot.localEndDate, timeZone) : null;
  if (startMs === null || endMs === null || startMs <= nowMs) return null;
  const isClass = service.type === 'class';
  const placesLeft = isClass ? (slot.remainingCapacity ?? slot.bookableCapacity ?? 0) : null;
  if (placesLeft !== null && placesLeft < 1) return null;
  // A class's teacher comes with every booking; an appointment offers only the free staff.
  const staff = staffOf(slot, isClass ? service.staff : []);
  if (!isClass && staff.length === 0) return null;
  return {
    start: new Date(startMs).toISOString(),
    end: new Date(endMs).toISOString(),
    staff,
    placesLeft,
    eventId: isClass ? (slot.eventInfo?.eventId ?? null) : null,
  };
}

async function listSlots(
  service: Service,
  range: DayRange,
  timeZone: string,
  staffId: string | null,
): Promise<{ slots: TimeSlot[]; timeZone: string }> {
  const client = await getCatalogClient();
  const window = {
    fromLocalDate: `${range.from}T00:00:00`,
    // Wix's upper bound is exclusive; ours is the last day shown.
    toLocalDate: `${addDays(range.to, 1)}T00:00:00`,
    timeZone,
    cursorPaging: { limit: LIMIT },
  };
  if (service.type === 'class') {
    const answer = await client.eventTimeSlots.listEventTimeSlots({
      ...window,
      serviceIds: [service.id],
      includeNonBookable: false,
      ...(staffId ? { eventFilter: { 'resources.id': { $hasSome: [staffId] } } } : {}),
    });
    return { slots: answer.timeSlots ?? [], timeZone: answer.timeZone ?? timeZone };
  }
  const answer = await client.availabilityTimeSlots.listAvailabilityTimeSlots({
    ...window,
    serviceId: service.id,
    includeResourceTypeIds: [WIX_STAFF_RESOURCE_TYPE_ID],
    bookable: true,
    ...(staffId
      ? { resourceTypes: [{ resourceTypeId: WIX_STAFF_RESOURCE_TYPE_ID, resourceIds: [staffId] }] }
      : {}),
  });
  return { slots: answer.timeSlots ?? [], timeZone: answer.timeZone ?? timeZone };
}

const sharedCall = createSingleFlight<FreeSlot[]>();

/**
 * The bookable, future free times of a service on the days of `range` in `timeZone`, optionally
 * of one staff member: one Wix call. Wix errors are thrown.
 */
export function getFreeSlots(
  service: Service,
  range: DayRange,
  timeZone: string,
  staffId: string | null,
): Promise<FreeSlot[]> {
  const key = JSON.stringify([service.id, service.type, range, timeZone, staffId]);
  return sharedCall(key, () =>
    withFreshGrantOn401(async () => {
      const answer = await listSlots(service, range, timeZone, staffId);
      const now = Date.now();
      return answer.slots.flatMap((slot) => {
        const free = reshapeTimeSlot(slot, service, answer.timeZone, now);
        return free ? [free] : [];
      });
    }),
  );
}

/**
 * The business's time zone, which Wix keeps in the site's properties: the zone a time-slot call
 * answers in when it names none. Asked with a one-day window of one service.
 */
export async function fetchBusinessTimeZone(
  service: Pick<Service, 'id' | 'type'>,
): Promise<string | null> {
  const client = await getCatalogClient();
  const today = dayKeyOf(Date.now(), 'UTC');
  const window = {
    fromLocalDate: `${today}T00:00:00`,
    toLocalDate: `${addDays(today, 1)}T00:00:00`,
    cursorPaging: { limit: 1 },
  };
  const answer =
    service.type === 'class'
      ? await client.eventTimeSlots.listEventTimeSlots({ ...window, serviceIds: [service.id] })
      : await client.availabilityTimeSlots.listAvailabilityTimeSlots({
          ...window,
          serviceId: service.id,
        });
  return answer.timeZone ?? null;
}
