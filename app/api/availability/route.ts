import { parseAvailabilityQuery } from '@/lib/bookings/availability-query';
import { BOOKING_MESSAGES } from '@/lib/bookings/messages';
import { dayKeyOf } from '@/lib/bookings/zone';
import { reportNotConnected } from '@/lib/not-connected';
import { warnOnce } from '@/lib/server-log';
import { getFreeSlots } from '@/lib/wix/availability';
import { describeError, isUnknownClient } from '@/lib/wix/errors';
import { getService } from '@/lib/wix/services';

export const dynamic = 'force-dynamic';

// The booking calendar's free times. The same for every visitor (no cookie read, no identity
// minted: the shared catalog grant asks Wix), but never stored: a taken time must vanish.

const json = (status: number, body: object) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });

function unavailable(error: unknown): Response {
  if (isUnknownClient(error)) reportNotConnected(describeError(error));
  else warnOnce('availability', `could not read free times: ${describeError(error)}`);
  return json(503, { error: BOOKING_MESSAGES.slotsUnavailable });
}

/** `GET /api/availability?service=<slug>&from=YYYY-MM-DD&to=YYYY-MM-DD&tz=<IANA>[&staff=<id>]`. */
export async function GET(request: Request) {
  const parsed = parseAvailabilityQuery(
    new URL(request.url).searchParams,
    dayKeyOf(Date.now(), 'UTC'),
  );
  if (!parsed.ok) return json(400, { error: parsed.error });
  const { service: slug, from, to, timeZone, staffId } = parsed.query;
  try {
    const service = await getService(slug);
    if (!service) return json(404, { error: 'No such service.' });
    if (staffId && !service.staff.some((s) => s.id === staffId)) {
      return json(400, { error: 'unknown staff id' });
    }
    const slots = await getFreeSlots(service, { from, to }, timeZone, staffId);
    return json(200, { timeZone, businessTimeZone: service.businessTimeZone, slots });
  } catch (error) {
    return unavailable(error);
  }
}
