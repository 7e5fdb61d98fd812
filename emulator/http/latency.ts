import type { MiddlewareHandler } from 'hono';

// Hosted pages, media and emulator endpoints are not Wix API answers, so they stay fast.
export const NOT_API = [/^\/__emulator(\/|$)/, /^\/_wix\//, /^\/_dashboard(\/|$)/, /^\/media\//];

export const isWixApi = (path: string) => !NOT_API.some((re) => re.test(path));

/** Delays every Wix API answer by `latencyMs()` so benchmarks see the cost of each upstream call. */
export function simulatedLatency(latencyMs: () => number): MiddlewareHandler {
  return async (c, next) => {
    const ms = latencyMs();
    if (ms > 0 && isWixApi(c.req.path)) {
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    await next();
  };
}
