import type { MiddlewareHandler } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { requireAccessToken } from '../oauth/authenticate';

/**
 * Services and time slots: catalog reads any visitor or member may make. Counted with the catalog
 * calls, so a benchmark sees what the storefront's caching saved.
 */
export function bookingsRead(ctx: EmulatorContext): MiddlewareHandler<AppEnv> {
  const authenticate = requireAccessToken(ctx);
  return async (c, next) => {
    ctx.stats.countCatalog(c.req.path);
    return authenticate(c, next);
  };
}
