import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, EmulatorContext } from '../context';
import { validationError, wixError } from '../http/errors';
import { readJsonBody } from '../http/json-body';
import { postRevalidation } from '../http/revalidate-webhook';
import type { Service } from './model';

const updateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(400).optional(),
    priceCents: z.number().int().min(0).max(100_000_000).optional(),
    hidden: z.boolean().optional(),
    description: z.string().max(5000).optional(),
  })
  .refine(
    (body) => Object.keys(body).length > 0,
    'send at least one of name, priceCents, hidden, description',
  );

const summary = (s: Service) => ({
  id: s.id,
  slug: s.slug,
  type: s.type,
  name: s.name,
  hidden: s.hidden,
  payment: s.payment,
  description: s.description,
  updatedDate: s.updatedDate,
  revision: s.revision,
});

/** The body the storefront's revalidate endpoint receives (documented in emulator/README.md). */
export const serviceUpdatedEvent = (s: Service) => ({
  eventType: 'wix.bookings.services.v2.service_updated',
  entityId: s.id,
  slug: s.slug,
  updatedDate: s.updatedDate,
});

/** Emulator-only: change a service while running, as a merchant would in the dashboard. */
export function bookingsAdminRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const find = (idOrSlug: string) =>
    Object.values(ctx.store.state.bookings.services).find(
      (s) => s.id === idOrSlug || s.slug === idOrSlug,
    );
  app.get('/__emulator/bookings/services', (c) =>
    c.json({ services: Object.values(ctx.store.state.bookings.services).map(summary) }),
  );
  app.patch('/__emulator/bookings/services/:idOrSlug', async (c) => {
    const service = find(c.req.param('idOrSlug') ?? '');
    if (!service) return wixError(c, 404, 'SERVICE_NOT_FOUND', 'No such service');
    const body = await readJsonBody(c, updateSchema);
    if (!body.ok) return body.response;
    const { name, priceCents, hidden, description } = body.value;
    if (priceCents !== undefined && service.payment.rateType === 'NO_FEE') {
      return validationError(c, [
        { field: 'priceCents', description: 'a free (NO_FEE) service has no price' },
      ]);
    }
    const changes = Object.keys(body.value);
    if (name !== undefined) service.name = name;
    if (hidden !== undefined) service.hidden = hidden;
    if (description !== undefined) service.description = description;
    if (priceCents !== undefined) {
      service.payment.priceCents = priceCents;
      const max = service.payment.maxPriceCents;
      if (max !== null && max < priceCents) service.payment.maxPriceCents = priceCents;
    }
    // Strictly later than before, even under a test's frozen clock.
    const updated = Math.max(ctx.clock(), Date.parse(service.updatedDate) + 1);
    service.updatedDate = new Date(updated).toISOString();
    service.revision += 1;
    ctx.store.changed();
    const webhook = await postRevalidation(ctx, serviceUpdatedEvent(service));
    return c.json({ service: summary(service), changes, webhook });
  });
  return app;
}
