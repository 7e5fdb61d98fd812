import { Hono } from 'hono';
import { injectedFaults } from './admin/faults';
import { adminRoutes } from './admin/routes';
import type { AppEnv, EmulatorContext } from './context';
import { DOMAINS } from './domains/registry';
import { bodyLimit } from 'hono/body-limit';
import { controlGuard } from './http/control-guard';
import { wixError } from './http/errors';
import { simulatedLatency } from './http/latency';
import { simulatedOutage } from './http/outage';
import { requestTracking, type LogLine } from './http/request-tracking';
import { memberRoutes } from './members/routes';
import { oauthRoutes } from './oauth/routes';
import { oauthAppRoutes } from './oauth-apps/routes';
import { dashboardRoutes } from './dashboard/routes';
import { loginRoutes } from './pages/login-routes';
import { logoutRoutes } from './pages/logout-routes';
import { redirectRoutes } from './redirects/routes';

const MAX_BODY_BYTES = 1024 * 1024;

/** One Hono app; the Host header is ignored, so www. and edge.wixapis.com traffic both land here. */
export function createApp(ctx: EmulatorContext, log: LogLine | null): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestTracking(ctx.stats, log));
  // Wix's own request bodies are small; a bigger one is refused before it is read.
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        wixError(
          c,
          413,
          'PAYLOAD_TOO_LARGE',
          `Request bodies are limited to ${MAX_BODY_BYTES} bytes`,
        ),
    }),
  );
  app.use('/__emulator/*', controlGuard(ctx));
  app.use(simulatedLatency(() => ctx.config.latencyMs ?? 0));
  app.use(simulatedOutage(() => ctx.config.outage === true));
  app.use(injectedFaults(() => ctx.config.faults));
  for (const routes of [
    adminRoutes,
    oauthRoutes,
    redirectRoutes,
    memberRoutes,
    loginRoutes,
    logoutRoutes,
    oauthAppRoutes,
    dashboardRoutes,
    ...DOMAINS.map((domain) => domain.routes),
  ]) {
    app.route('/', routes(ctx));
  }
  app.notFound((c) =>
    wixError(c, 404, 'NOT_FOUND', `The emulator has no route for ${c.req.method} ${c.req.path}`),
  );
  app.onError((error, c) => {
    // Details go to the emulator's stderr, never into the response.
    console.error(`Wix emulator: ${c.req.method} ${c.req.path} failed:`, error);
    return wixError(c, 500, 'INTERNAL_ERROR', 'The emulator failed to handle this request');
  });
  return app;
}
