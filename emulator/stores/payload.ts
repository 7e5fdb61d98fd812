import type { Context } from 'hono';
import { fail } from './query/field-spec';

/**
 * The request payload of a query/search call: GET with `.r` (base64url JSON), or the POST the SDK
 * falls back to when the query string would pass 4000 characters.
 */
export async function readPayload(c: Context): Promise<Record<string, unknown>> {
  const r = c.req.query('.r');
  let raw: unknown = {};
  try {
    if (r !== undefined) raw = JSON.parse(Buffer.from(r, 'base64url').toString('utf8'));
    else if (c.req.method === 'POST') raw = JSON.parse((await c.req.text()) || '{}');
  } catch {
    return fail(r === undefined ? 'body' : '.r', 'is not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('body', 'must be an object');
  return raw as Record<string, unknown>;
}

/** `fields` as an array: from `.r` JSON, a comma-joined string, or repeated query parameters. */
export function requestedFields(c: Context, payload: Record<string, unknown>): Set<string> {
  const value = payload.fields ?? c.req.queries('fields') ?? [];
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  return new Set(list.filter((f): f is string => typeof f === 'string' && f !== ''));
}
