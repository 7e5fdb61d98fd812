// Wall time in an IANA zone ↔ UTC instants, with Intl only (no tz database of our own).

/** `YYYY-MM-DD`. */
export type DateKey = string;
/** Zone-less local date and time, `YYYY-MM-DDThh:mm:ss`, as Wix's V2 time slots use it. */
export type LocalDateTime = string;

const DAY_MS = 24 * 3600 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached Intl formatter per zone, giving every part of a wall time (24-hour clock). */
export function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True for a time zone this runtime knows (IANA names such as "America/New_York", or "UTC"). */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    zoneFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's own spelling of a valid zone name ("utc" → "UTC"), or null. */
export function canonicalTimeZone(zone: unknown): string | null {
  if (!isValidTimeZone(zone)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/** The wall-clock time at `ms` in `zone`, as `YYYY-MM-DDThh:mm:ss`. */
export function toLocalDateTime(ms: number, zone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const { type, value } of zoneFormatter(zone).formatToParts(new Date(ms)))
    parts[type] = value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The calendar day at `ms` in `zone`. */
export function dayKeyOf(ms: number, zone: string): DateKey {
  return toLocalDateTime(ms, zone).slice(0, 10);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,3})?)?$/;

/** A local date-time read as if it were UTC (ms), or null when malformed. */
function localAsUtc(local: string): number | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const ms = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
  const back = new Date(ms);
  // Rejects impossible dates such as 2026-02-30 instead of rolling them over.
  if (back.getUTCMonth() !== +mo! - 1 || back.getUTCDate() !== +d! || +h > 23) return null;
  return ms;
}

/** How far `zone` is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number, zone: string): number {
  return (localAsUtc(toLocalDateTime(ms, zone)) ?? ms) - Math.floor(ms / 1000) * 1000;
}

/**
 * The UTC instant (ms) of a wall time in `zone`. A time that happens twice (the hour repeated when
 * daylight saving ends) is its first occurrence; a time that never happens (skipped when it
 * starts) is shifted forward by the gap, as Temporal's "compatible" rule does.
 */
export function localToUtc(local: LocalDateTime, zone: string): number | null {
  const wall = localAsUtc(local);
  if (wall === null) return null;
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  const matches = [wall - before, wall - after].filter(
    (ms) => localAsUtc(toLocalDateTime(ms, zone)) === wall,
  );
  if (matches.length) return Math.min(...matches);
  return wall - before;
}

/** `YYYY-MM-DD` plus `days` (negative to go back). */
export function addDays(day: DateKey, days: number): DateKey {
  const ms = localAsUtc(day);
  if (ms === null) throw new RangeError(`not a date: ${day}`);
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: DateKey, to: DateKey): number {
  const a = localAsUtc(from);
  const b = localAsUtc(to);
  if (a === null || b === null) throw new RangeError(`not a date: ${from} / ${to}`);
  return Math.round((b - a) / DAY_MS);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDateKey(value: unknown): value is DateKey {
  return (
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && localAsUtc(value) !== null
  );
}
