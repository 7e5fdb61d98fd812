import { addDays, daysBetween, isDateKey, type DateKey } from './zone';
import { parseZoneParam } from './params';

/** A month grid is at most six weeks. */
export const MAX_RANGE_DAYS = 42;
/** Wix offers times up to 90 days ahead; two days of slack for zones ahead of UTC. */
export const MAX_DAYS_AHEAD = 92;

export interface AvailabilityQuery {
  service: string;
  /** First and last day asked for (inclusive), in `timeZone`. */
  from: DateKey;
  to: DateKey;
  timeZone: string;
  staffId: string | null;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;
const ID = /^[A-Za-z0-9-]{1,64}$/;

type Parsed = { ok: true; query: AvailabilityQuery } | { ok: false; error: string };

/** `?service=&from=&to=&tz=&staff=` of GET /api/availability; `today` is the UTC date now. */
export function parseAvailabilityQuery(params: URLSearchParams, today: DateKey): Parsed {
  const service = params.get('service') ?? '';
  if (!SLUG.test(service)) return { ok: false, error: 'service must be a service slug' };
  const from = params.get('from');
  const to = params.get('to');
  if (!isDateKey(from) || !isDateKey(to)) {
    return { ok: false, error: 'from and to must be dates (YYYY-MM-DD)' };
  }
  const days = daysBetween(from, to) + 1;
  if (days < 1) return { ok: false, error: 'to must not be before from' };
  if (days > MAX_RANGE_DAYS) return { ok: false, error: `at most ${MAX_RANGE_DAYS} days at once` };
  if (from < addDays(today, -1) || to > addDays(today, MAX_DAYS_AHEAD)) {
    return { ok: false, error: `only dates from yesterday to ${MAX_DAYS_AHEAD} days ahead` };
  }
  const timeZone = parseZoneParam(params.get('tz'));
  if (!timeZone) return { ok: false, error: 'tz must be an IANA time zone' };
  const staff = params.get('staff');
  if (staff && staff !== 'any' && !ID.test(staff)) return { ok: false, error: 'unknown staff id' };
  return {
    ok: true,
    query: { service, from, to, timeZone, staffId: staff && staff !== 'any' ? staff : null },
  };
}
