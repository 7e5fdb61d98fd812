import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { EMULATOR_CLIENT_ID } from '../defaults';
import { readJsonBody } from '../http/json-body';
import { faultPlanSchema, noFaults } from './faults';

/** Emulator-only endpoints (not Wix): health for launchers, counters for benchmarks, outages and faults for tests. */
export function adminRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/__emulator/health', (c) =>
    c.json({ ok: true, clientId: EMULATOR_CLIENT_ID, dataDir: ctx.config.dataDir }),
  );
  app.get('/__emulator/stats', (c) => c.json(ctx.stats.snapshot()));
  app.post('/__emulator/stats/reset', (c) => {
    ctx.stats.reset();
    return c.json(ctx.stats.snapshot());
  });
  app.post('/__emulator/reset', async (c) => {
    await ctx.store.reset();
    return c.json({ reset: true });
  });
  app.post('/__emulator/outage', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { down?: unknown } | null;
    if (typeof body?.down !== 'boolean') {
      return c.json({ message: 'Send {"down": true} or {"down": false}' }, 400);
    }
    ctx.config.outage = body.down;
    return c.json({ down: ctx.config.outage });
  });
  app.get('/__emulator/faults', (c) => c.json(ctx.config.faults ?? noFaults()));
  app.post('/__emulator/faults', async (c) => {
    const body = await readJsonBody(c, faultPlanSchema);
    if (!body.ok) return body.response;
    ctx.config.faults = { ...body.value, injected: 0 };
    return c.json(ctx.config.faults);
  });
  return app;
}
