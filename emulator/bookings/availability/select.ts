import type { ComputedSlot } from '../slots/engine';

// Pure narrowing of computed slots for the time-slot endpoints.

/** The staff resource type (Wix's built-in one); the only resource type the emulator has. */
export const STAFF_RESOURCE_TYPE_ID = '1cd44cf8-756f-41c3-bd90-3e2ffcaf1155';

export interface ResourceTypeFilter {
  resourceTypeId?: string | null;
  resourceIds?: string[] | null;
}

/**
 * `resourceTypes`: keeps only the named staff on each slot and drops slots with none of them
 * free. A resource type other than staff matches nothing (no slot has such a resource).
 */
export function narrowToResources(
  slots: ComputedSlot[],
  filters: readonly ResourceTypeFilter[] | null | undefined,
): ComputedSlot[] {
  if (!filters?.length) return slots;
  if (filters.some((f) => f.resourceTypeId !== STAFF_RESOURCE_TYPE_ID)) return [];
  const wanted = new Set(filters.flatMap((f) => f.resourceIds ?? []));
  if (wanted.size === 0) return slots;
  return slots.flatMap((slot) => {
    const freeStaffIds = slot.freeStaffIds.filter((id) => wanted.has(id));
    if (freeStaffIds.length === 0) return [];
    if (slot.eventId !== null) return [slot];
    const remaining = freeStaffIds.length;
    return [{ ...slot, freeStaffIds, remaining, bookable: slot.bookable && remaining > 0 }];
  });
}

/**
 * At most `perDay` slots per local day (`dayOf`), bookable ones first, then back in start order.
 * `null` = no cap.
 */
export function capPerDay(
  slots: ComputedSlot[],
  perDay: number | null | undefined,
  dayOf: (slot: ComputedSlot) => string,
): ComputedSlot[] {
  if (!perDay) return slots;
  const byDay = new Map<string, ComputedSlot[]>();
  for (const slot of slots) {
    const day = dayOf(slot);
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }
  const kept = [...byDay.values()].flatMap((day) =>
    [...day.filter((s) => s.bookable), ...day.filter((s) => !s.bookable)].slice(0, perDay),
  );
  return kept.sort((a, b) => a.startMs - b.startMs);
}

export interface PolicyViolationFilter {
  tooEarlyToBook?: boolean | null;
  tooLateToBook?: boolean | null;
  bookOnlineDisabled?: boolean | null;
}

/** `bookingPolicyViolations` in a request: keeps the slots whose flags equal the given ones. */
export function matchViolations(
  slots: ComputedSlot[],
  filter: PolicyViolationFilter | null | undefined,
  onlineBookingEnabled: (slot: ComputedSlot) => boolean,
): ComputedSlot[] {
  if (!filter) return slots;
  return slots.filter(
    (slot) =>
      (filter.tooEarlyToBook == null || filter.tooEarlyToBook === false) &&
      (filter.tooLateToBook == null || filter.tooLateToBook === slot.tooLateToBook) &&
      (filter.bookOnlineDisabled == null ||
        filter.bookOnlineDisabled === !onlineBookingEnabled(slot)),
  );
}
