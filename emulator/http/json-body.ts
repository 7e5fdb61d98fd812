import type { Context } from 'hono';
import type { z } from 'zod';
import { validationError, zodViolations } from './errors';

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Reads and validates a JSON body; malformed JSON or wrong types become a 400, never a 500. */
export async function readJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<BodyResult<z.infer<S>>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    return {
      ok: false,
      response: validationError(c, [{ field: 'body', description: 'is not valid JSON' }]),
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, response: validationError(c, zodViolations(parsed.error)) };
  return { ok: true, value: parsed.data };
}
