import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { wixError } from '../http/errors';
import { isWixApi } from '../http/latency';

/** Wix failures to inject, set with POST /__emulator/faults; `{}` clears them. */
export const faultPlanSchema = z
  .object({
    /** The next `count` Wix API calls fail. */
    count: z.number().int().min(0).max(100_000).default(0),
    /** After those, each call fails with this probability (0.01: a soak test's 1%). */
    rate: z.number().min(0).max(1).default(0),
    /** What they answer: 429 or a 5xx. */
    status: z
      .number()
      .int()
      .refine((s) => s === 429 || (s >= 500 && s <= 599), 'must be 429 or 500–599')
      .default(503),
    /** Sent as `Retry-After` (seconds) when set. */
    retryAfter: z.number().int().min(0).max(86_400).optional(),
    /** Only calls whose path starts with this fail (`/ecom/`); every Wix API call when absent. */
    path: z.string().startsWith('/').max(200).optional(),
  })
  .strict();

export type FaultPlan = z.infer<typeof faultPlanSchema> & { injected: number };

export const noFaults = (): FaultPlan => ({ ...faultPlanSchema.parse({}), injected: 0 });

const codeOf = (status: number) =>
  status === 429 ? 'TOO_MANY_REQUESTS' : status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR';

/** True when this call should fail, counting it down from the plan. */
export function takeFault(plan: FaultPlan, path: string, random: () => number): boolean {
  if (plan.path !== undefined && !path.startsWith(plan.path)) return false;
  if (plan.count > 0) plan.count--;
  else if (plan.rate === 0 || random() >= plan.rate) return false;
  plan.injected++;
  return true;
}

/**
 * Fails Wix API calls as the plan says (hosted pages, media and /__emulator never), so tests
 * can see the storefront retry a read, open its circuit breaker, or ride out a 1% error rate.
 */
export function injectedFaults(
  plan: () => FaultPlan | undefined,
  random: () => number = Math.random,
): MiddlewareHandler {
  return async (c, next) => {
    const current = plan();
    if (current && isWixApi(c.req.path) && takeFault(current, c.req.path, random)) {
      if (current.retryAfter !== undefined) c.header('retry-after', String(current.retryAfter));
      return wixError(
        c,
        current.status as ContentfulStatusCode,
        codeOf(current.status),
        `Injected fault (${current.status}) from POST /__emulator/faults`,
      );
    }
    await next();
  };
}
