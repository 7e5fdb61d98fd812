import type { MiddlewareHandler } from 'hono';
import { wixError } from './errors';
import { isWixApi } from './latency';

/**
 * While a simulated outage is on, every Wix API call fails with 503 as Wix does when it is down,
 * so developers and tests can see how the shop degrades. Hosted pages and media keep working.
 */
export function simulatedOutage(isDown: () => boolean): MiddlewareHandler {
  return async (c, next) => {
    if (isDown() && isWixApi(c.req.path)) {
      return wixError(c, 503, 'SERVICE_UNAVAILABLE', 'Wix is unavailable (simulated outage)');
    }
    await next();
  };
}
