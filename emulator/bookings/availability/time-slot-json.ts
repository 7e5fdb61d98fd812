import type { BookingsState, Service } from '../model';
import type { ComputedSlot } from '../slots/engine';
import { localDateTimeIn } from '../time/zone';
import { STAFF_RESOURCE_TYPE_ID } from './select';

// A V2 `TimeSlot` as the wire carries it: zone-less local dates in the requested zone.

const MAX_RESOURCES = 10;

export interface TimeSlotJsonOptions {
  timeZone: string;
  /** Whether `availableResources` lists the staff (includeResourceTypeIds, or always on get). */
  withStaff: boolean;
}

export function toTimeSlotJson(
  state: BookingsState,
  service: Service,
  slot: ComputedSlot,
  options: TimeSlotJsonOptions,
) {
  const isClass = slot.eventId !== null;
  // Appointments count 1 or 0 places (Wix: "Either 1 (available) or 0"); classes count people.
  const total = isClass ? slot.capacity : 1;
  const remaining = isClass ? slot.remaining : Math.min(1, slot.remaining);
  const staff = slot.freeStaffIds.flatMap((id) => {
    const member = state.staff[id];
    return member ? [{ id, name: member.name }] : [];
  });
  const { location } = state.business;
  return {
    serviceId: service.id,
    localStartDate: localDateTimeIn(slot.startMs, options.timeZone),
    localEndDate: localDateTimeIn(slot.endMs, options.timeZone),
    bookable: slot.bookable,
    location: {
      id: location.id,
      name: location.name,
      formattedAddress: location.formattedAddress,
      locationType: 'BUSINESS',
    },
    ...(slot.eventId ? { eventInfo: { eventId: slot.eventId, eventTitle: service.name } } : {}),
    totalCapacity: total,
    remainingCapacity: remaining,
    bookableCapacity: remaining,
    bookingPolicyViolations: {
      tooEarlyToBook: false,
      tooLateToBook: slot.tooLateToBook,
      bookOnlineDisabled: !service.onlineBookingEnabled,
    },
    availableResources: options.withStaff
      ? [
          {
            resourceTypeId: STAFF_RESOURCE_TYPE_ID,
            resources: staff.slice(0, MAX_RESOURCES),
            hasMoreAvailableResources: staff.length > MAX_RESOURCES,
          },
        ]
      : [],
    nestedTimeSlots: [],
    nonBookableReasons: {
      noRemainingCapacity: remaining === 0,
      violatesBookingPolicy: slot.tooLateToBook || !service.onlineBookingEnabled,
      reservedForWaitingList: false,
      eventCancelled: false,
    },
    ...(isClass ? {} : { scheduleId: service.scheduleId }),
    allDay: false,
  };
}
