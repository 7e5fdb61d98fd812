import { Hono, type Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { wixError } from '../../http/errors';
import { answering } from '../../stores/guard';
import { fail } from '../../stores/query/field-spec';
import { readPayload } from '../../stores/payload';
import { runCursorQuery, runOffsetQuery, type QueryInput } from '../../stores/query/run';
import { bookingsRead } from '../guard';
import type { Service } from '../model';
import { SERVICE_QUERY_FIELDS } from './fields';
import { toServiceJson } from './service-json';

const CONDITIONAL_FIELDS = ['STAFF_MEMBER_DETAILS', 'RESOURCE_DETAILS', 'DISCOUNT_INFO_DETAILS'];

/** `conditionalFields`; only STAFF_MEMBER_DETAILS changes the answer here. */
function wantsStaffDetails(value: unknown, at: string): boolean {
  if (value === undefined || value === null) return false;
  const items = Array.isArray(value) ? value : [value];
  for (const [i, item] of items.entries()) {
    if (typeof item !== 'string' || !CONDITIONAL_FIELDS.includes(item)) {
      fail(`${at}[${i}]`, `must be one of ${CONDITIONAL_FIELDS.join(', ')}`);
    }
  }
  return items.includes('STAFF_MEMBER_DETAILS');
}

export const findService = (ctx: EmulatorContext, id: string): Service | undefined =>
  ctx.store.state.bookings.services[id];

export const serviceNotFound = (c: Context, id: string) =>
  wixError(c, 404, 'SERVICE_NOT_FOUND', `Service ${id} not found`);

/** Services V2 reads: `services.queryServices` and `services.getService`. */
export function serviceRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = bookingsRead(ctx);
  const json = (service: Service, staffDetails: boolean) =>
    toServiceJson(ctx.store.state.bookings, service, {
      publicUrl: ctx.config.publicUrl,
      staffDetails,
    });

  const query = answering(async (c) => {
    const payload = await readPayload(c);
    const staffDetails = wantsStaffDetails(payload.conditionalFields, 'conditionalFields');
    const input = (payload.query ?? {}) as QueryInput;
    const docs = Object.values(ctx.store.state.bookings.services).map((s) => json(s, staffDetails));
    if (input.cursorPaging) {
      const page = runCursorQuery(docs, input, SERVICE_QUERY_FIELDS);
      return c.json({ services: page.items, pagingMetadata: page.pagingMetadata });
    }
    const page = runOffsetQuery(docs, input, SERVICE_QUERY_FIELDS);
    return c.json({
      services: page.items,
      pagingMetadata: { ...page.metadata, tooManyToCount: false },
    });
  });
  for (const method of ['GET', 'POST'] as const) {
    app.on(method, '/_api/bookings/v2/services/query', guard, query);
  }

  app.get(
    '/_api/bookings/v2/services/:id',
    guard,
    answering((c) => {
      const id = c.req.param('id') ?? '';
      const staffDetails = wantsStaffDetails(
        c.req.queries('conditionalFields'),
        'conditionalFields',
      );
      const service = findService(ctx, id);
      if (!service) return serviceNotFound(c, id);
      return c.json({ service: json(service, staffDetails) });
    }),
  );
  return app;
}
