import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, EmulatorContext } from '../../context';
import { validationError, wixError } from '../../http/errors';
import { readJsonBody } from '../../http/json-body';
import { requireAccessToken } from '../../oauth/authenticate';
import type { Identity } from '../../store/schema';
import { QueryError } from '../../stores/query/field-spec';
import type { QueryInput } from '../../stores/query/run';
import type { Booking } from '../model';
import { allowedActionsJson, bookingJson } from './booking-json';
import { cancelOwnBooking } from './cancel';
import { queryExtendedBookingDocs } from './query';

const queryBodySchema = z.looseObject({
  query: z.looseObject({}).optional(),
  withBookingAllowedActions: z.boolean().optional(),
});

const cancelBodySchema = z.looseObject({
  // int64 on the wire: the SDK sends the string it was given; a number is taken too.
  revision: z.union([z.string(), z.number()]).optional(),
});

/** Templates call these only for members; Wix's answer to a visitor is [unverified]. */
const visitorRefused = (c: Context) =>
  wixError(
    c,
    403,
    'PERMISSION_DENIED',
    'Only a signed-in member can read or cancel their bookings',
  );

/** The caller's own bookings: member tokens only; the query is scoped to the caller. */
export function memberBookingRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const state = () => ctx.store.state.bookings;
  const contactOf = (owner: Identity) =>
    owner.kind === 'member' ? (ctx.store.state.members[owner.id]?.contactId ?? null) : null;
  const json = (booking: Booking) => bookingJson(state(), booking, contactOf(booking.owner));

  app.post(
    '/_api/bookings-reader/v2/extended-bookings/query',
    requireAccessToken(ctx),
    async (c) => {
      const body = await readJsonBody(c, queryBodySchema);
      if (!body.ok) return body.response;
      const caller = c.get('auth').identity;
      if (caller.kind !== 'member') return visitorRefused(c);
      const own = Object.values(state().bookings)
        .filter((b) => b.owner.kind === 'member' && b.owner.id === caller.id)
        .sort((a, b) => a.createdDate.localeCompare(b.createdDate) || a.id.localeCompare(b.id));
      const byId = new Map(own.map((b) => [b.id, b]));
      let page;
      try {
        page = queryExtendedBookingDocs(own.map(json), (body.value.query ?? {}) as QueryInput);
      } catch (error) {
        if (error instanceof QueryError) return validationError(c, error.violations);
        throw error;
      }
      const now = ctx.clock();
      const extendedBookings = page.items.map((booking) => {
        const record = byId.get(booking.id);
        const actions = body.value.withBookingAllowedActions && record;
        return {
          booking,
          ...(actions ? { allowedActions: allowedActionsJson(state(), record, now) } : {}),
        };
      });
      return c.json({ extendedBookings, pagingMetadata: page.pagingMetadata });
    },
  );

  app.post('/_api/bookings-service/v2/bookings/:id/cancel', requireAccessToken(ctx), async (c) => {
    const body = await readJsonBody(c, cancelBodySchema);
    if (!body.ok) return body.response;
    const caller = c.get('auth').identity;
    if (caller.kind !== 'member') return visitorRefused(c);
    const result = cancelOwnBooking(ctx, caller, c.req.param('id'), body.value.revision);
    if (!result.ok) {
      const { error } = result;
      return error.kind === 'invalid'
        ? validationError(c, [{ field: error.field, description: error.description }])
        : wixError(c, error.status, error.code, error.message);
    }
    return c.json({ booking: json(result.booking) });
  });

  return app;
}
