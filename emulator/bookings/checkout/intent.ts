import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, EmulatorContext } from '../../context';
import { validationError, wixError, zodViolations } from '../../http/errors';
import type { RedirectSessionRequest } from '../../redirects/schema';
import { createRedirectSession, redirectSessionBody } from '../../redirects/sessions';
import { firstKnownZone, slotInstant } from './slot-request';

export const BOOKINGS_CHECKOUT = 'bookingsCheckout';

const slotSchema = z.looseObject({
  serviceId: z.string().min(1),
  startDate: z.string().min(1),
  endDate: z.string().min(1),
  timezone: z.string().nullish(),
  eventId: z.string().nullish(),
  // The SDK renames the resource's `_id` back to `id`.
  resource: z.looseObject({ id: z.string().nullish() }).nullish(),
});

const intentSchema = z.object({
  bookingsCheckout: z.looseObject({
    slotAvailability: z.looseObject({ slot: slotSchema }),
    timezone: z.string().nullish(),
  }),
  // thankYouPageUrl, postFlowUrl, bookingsServiceListUrl: checked when the page uses them.
  callbacks: z.record(z.string(), z.string()).optional(),
});

/** What the hosted booking page works on (the session's intent payload). */
export const bookingPayloadSchema = z.object({
  serviceId: z.string(),
  /** Null: the local time does not exist (daylight-saving gap); the page says so. */
  startMs: z.number().nullable(),
  staffId: z.string().nullable(),
  eventId: z.string().nullable(),
  /** The shopper's zone: the request's `timezone`. */
  shopperTimeZone: z.string(),
  /** Set once booked: the session is then used up. */
  bookingId: z.string().optional(),
  orderId: z.string().nullable().optional(),
});

export type BookingPayload = z.infer<typeof bookingPayloadSchema>;

/**
 * `bookingsCheckout` intent: an unknown service is refused here; whether the time can be booked
 * is the page's to say (B.5: real Wix validates on its page).
 */
export function createBookingsCheckoutSession(
  ctx: EmulatorContext,
  c: Context<AppEnv>,
  body: RedirectSessionRequest,
) {
  const parsed = intentSchema.safeParse(body);
  if (!parsed.success) return validationError(c, zodViolations(parsed.error));
  const { slotAvailability, timezone } = parsed.data.bookingsCheckout;
  const { slot } = slotAvailability;
  const { services, business } = ctx.store.state.bookings;
  if (!Object.hasOwn(services, slot.serviceId)) {
    return wixError(c, 404, 'SERVICE_NOT_FOUND', `Service ${slot.serviceId} not found`);
  }
  const slotZone = firstKnownZone([slot.timezone, timezone], business.timeZone);
  const start = slotInstant(slot.startDate, slotZone);
  const end = slotInstant(slot.endDate, slotZone);
  for (const [field, result] of [
    ['startDate', start],
    ['endDate', end],
  ] as const) {
    if (!result.ok) {
      const at = `bookingsCheckout.slotAvailability.slot.${field}`;
      return validationError(c, [{ field: at, description: result.description }]);
    }
  }
  const auth = c.get('auth');
  const payload: BookingPayload = {
    serviceId: slot.serviceId,
    startMs: start.ok ? start.ms : null,
    staffId: slot.resource?.id || null,
    eventId: slot.eventId || null,
    shopperTimeZone: firstKnownZone([timezone, slot.timezone], business.timeZone),
  };
  const session = createRedirectSession(ctx, {
    intent: {
      name: BOOKINGS_CHECKOUT,
      clientId: auth.clientId,
      identity: auth.identity,
      payload,
      callbacks: parsed.data.callbacks ?? {},
      usedAt: null,
    },
  });
  return c.json(redirectSessionBody(ctx, session, 'bookings-checkout'));
}
