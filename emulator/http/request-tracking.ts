import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Stats } from '../admin/stats';

export type LogLine = (line: string) => void;

/** Tags every response with x-wix-request-id, counts it, and logs one line (never the query string). */
export function requestTracking(stats: Stats, log: LogLine | null): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.header('x-wix-request-id', requestId);
    await next();
    if (!c.res.headers.has('x-wix-request-id')) c.res.headers.set('x-wix-request-id', requestId);
    if (!c.req.path.startsWith('/__emulator/')) stats.countRequest(c.req.path);
    const ms = Math.round(performance.now() - started);
    log?.(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  };
}
