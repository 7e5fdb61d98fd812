import type { MiddlewareHandler } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { ownOrigins } from '../dashboard/guard';

/**
 * The emulator's own endpoints (/__emulator/*) can reset state, take Wix "down" or change the
 * catalog. Any web page the developer visits can reach a local port, so they answer only under
 * the emulator's own host names (DNS rebinding), and changes need a JSON content type, which a
 * cross-site form or a no-cors fetch cannot send without the browser asking first.
 */
export function controlGuard(ctx: EmulatorContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    const hosts = new Set([...ownOrigins(ctx)].map((origin) => new URL(origin).host));
    if (!hosts.has(host)) {
      return c.json(
        { message: `The emulator's control endpoints only answer on ${ctx.config.publicUrl}` },
        403,
      );
    }
    const type = c.req.header('content-type') ?? '';
    if (!['GET', 'HEAD'].includes(c.req.method) && !/^application\/json\b/i.test(type)) {
      return c.json(
        { message: 'Send Content-Type: application/json (a JSON body, {} for none)' },
        415,
      );
    }
    await next();
  };
}
