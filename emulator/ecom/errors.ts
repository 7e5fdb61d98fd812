import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { validationError, wixError, type FieldViolation } from '../http/errors';

/** A refusal, decided before anything changed; routes turn it into Wix's error body. */
export type EcomError =
  | {
      kind: 'app';
      status: ContentfulStatusCode;
      code: string;
      message: string;
      data: Record<string, unknown>;
    }
  | { kind: 'invalid'; violations: FieldViolation[] };

export type Op<T> = { ok: true; value: T } | { ok: false; error: EcomError };

export const appError = (
  status: ContentfulStatusCode,
  code: string,
  message: string,
  data: Record<string, unknown> = {},
): EcomError => ({ kind: 'app', status, code, message, data });

export const invalid = (field: string, description: string): EcomError => ({
  kind: 'invalid',
  violations: [{ field, description }],
});

/** Typings: GetCurrentCartApplicationErrors; "Calling this method before adding an item … returns a 404". */
export const CART_NOT_FOUND = appError(404, 'OWNED_CART_NOT_FOUND', 'Cart not found');

export function sendError(c: Context, error: EcomError): Response {
  if (error.kind === 'invalid') return validationError(c, error.violations);
  return wixError(c, error.status, error.code, error.message, error.data);
}

/** The JSON of a successful operation, or its refusal. */
export const respond = <T>(c: Context, result: Op<T>, render: (value: T) => object): Response =>
  result.ok ? c.json(render(result.value)) : sendError(c, result.error);
