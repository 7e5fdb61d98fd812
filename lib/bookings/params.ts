import { isMonthKey, type MonthKey } from './calendar';
import { canonicalTimeZone } from './zone';

// Values from a URL (`?month=2026-12&tz=Asia/Tokyo`): anything malformed is ignored (null).

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** `YYYY-MM` within a sensible range of years, or null. */
export function parseMonthParam(value: unknown): MonthKey | null {
  const month = first(value);
  if (!isMonthKey(month)) return null;
  const year = Number(month.slice(0, 4));
  return year >= 2000 && year <= 2100 ? month : null;
}

/** An IANA time zone this runtime knows, in its canonical spelling, or null. */
export function parseZoneParam(value: unknown): string | null {
  return canonicalTimeZone(first(value));
}
