// Wall time in an IANA zone ↔ UTC instants with Intl only. Schedules are wall time in the
// business zone, so a daylight-saving day has 23 or 25 hours: days are iterated by date.
import { isValidTimeZone, zoneFormatter } from '../../../lib/bookings/zone';

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

// Zone names are checked, and wall times read, as the shop does (one module of Intl for both).
export { isValidTimeZone };

/** The wall clock in `zone` at a UTC instant. */
export function toWallTime(utcMs: number, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of zoneFormatter(zone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The wall time's fields read as if they were UTC: for arithmetic on wall clocks. */
const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Minutes `zone` is ahead of UTC at an instant (New York in winter: -300). */
export function offsetMinutes(utcMs: number, zone: string): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  return Math.round((asUtc(toWallTime(whole, zone)) - whole) / MINUTE);
}

const sameWall = (a: WallTime, b: WallTime) => asUtc(a) === asUtc(b);

/** Every instant whose wall clock in `zone` reads `wall` (0 in a gap, 2 in an overlap), ascending. */
function instantsOf(wall: WallTime, zone: string): number[] {
  const guess = asUtc(wall);
  const offsets = new Set([-DAY, 0, DAY].map((d) => offsetMinutes(guess + d, zone)));
  const found = new Set<number>();
  for (const offset of offsets) {
    const t = guess - offset * MINUTE;
    if (sameWall(toWallTime(t, zone), wall)) found.add(t);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The UTC instant of a wall time in `zone`: null inside a spring-forward gap (that time does not
 * exist), the first occurrence inside a fall-back overlap.
 */
export function wallTimeToUtc(wall: WallTime, zone: string): number | null {
  return instantsOf(wall, zone)[0] ?? null;
}

/** Like wallTimeToUtc, but a time inside a gap gives the instant the clocks jump (range bounds). */
export function wallTimeToUtcOrAfter(wall: WallTime, zone: string): number {
  const exact = wallTimeToUtc(wall, zone);
  if (exact !== null) return exact;
  // In a gap: the jump lies between the instants the two surrounding offsets would give.
  const guess = asUtc(wall);
  const offsets = [-DAY, DAY].map((d) => offsetMinutes(guess + d, zone));
  let lo = guess - Math.max(...offsets) * MINUTE;
  let hi = guess - Math.min(...offsets) * MINUTE;
  const before = offsetMinutes(lo, zone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetMinutes(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** A zone-less `YYYY-MM-DDThh:mm[:ss[.sss]]` (Wix's LOCAL_DATE_TIME), or null when malformed. */
export function parseLocalDateTime(value: unknown): WallTime | null {
  if (typeof value !== 'string') return null;
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0));
  const wall = { year, month, day, hour, minute, second } as WallTime;
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) return null;
  const check = new Date(asUtc(wall));
  if (check.getUTCMonth() + 1 !== wall.month || check.getUTCDate() !== wall.day) return null;
  return wall;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DDThh:mm:ss`, as Wix writes local dates. */
export const formatLocalDateTime = (w: WallTime) =>
  `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;

/** A UTC instant as a zone-less local date-time in `zone`. */
export const localDateTimeIn = (utcMs: number, zone: string) =>
  formatLocalDateTime(toWallTime(utcMs, zone));

/** The calendar date `n` days after `date` (by date, never by adding 24 h to an instant). */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: CalendarDate) =>
  new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();

export const compareDates = (a: CalendarDate, b: CalendarDate) =>
  Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);

/** `HH:MM` → minutes after midnight. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The wall time `minutes` after the midnight that starts `date` (may be ≥ 24 h: next day). */
export function atMinutes(date: CalendarDate, minutes: number): WallTime {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day, 0, minutes));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: 0,
  };
}
