import { isValidTimeZone, parseLocalDateTime, wallTimeToUtc } from '../time/zone';

// What a bookingsCheckout slot's dates mean (B.5): a zone-less local date-time is wall time in
// the slot's zone; a value with `Z` or an offset is an instant.

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export type SlotInstant =
  | { ok: true; ms: number | null /* null: inside a daylight-saving gap, no such time */ }
  | { ok: false; description: string };

/** The UTC instant of a slot date, given the zone a zone-less value is wall time in. */
export function slotInstant(value: string, zone: string): SlotInstant {
  const wall = parseLocalDateTime(value);
  if (wall) return { ok: true, ms: wallTimeToUtc(wall, zone) };
  if (INSTANT.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return { ok: true, ms };
  }
  return {
    ok: false,
    description: 'must be a local date-time like 2026-12-08T10:00:00 or an ISO instant',
  };
}

/** The first of the zones that Intl knows, else the fallback (the business zone). */
export function firstKnownZone(
  candidates: readonly (string | null | undefined)[],
  fallback: string,
) {
  return candidates.find((zone) => isValidTimeZone(zone)) ?? fallback;
}
