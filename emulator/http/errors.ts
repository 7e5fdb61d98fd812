import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export interface FieldViolation {
  field: string;
  description: string;
}

/** Wix's application-error body; the SDK surfaces `code` as `e.details.applicationError.code`. */
export function wixError(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json(
    { message, details: { applicationError: { code, description: message, data: {} } } },
    status,
  );
}

/** Wix's validation-error body; the SDK turns it into `INVALID_ARGUMENT: "<field>" <description>`. */
export function validationError(c: Context, violations: FieldViolation[]) {
  const summary = violations.map((v) => `"${v.field}" ${v.description}`).join(', ');
  const fieldViolations = violations.map((v) => ({
    ...v,
    violatedRule: 'VALIDATION',
    ruleName: 'VALIDATION',
    data: {},
  }));
  return c.json(
    { message: `INVALID_ARGUMENT: ${summary}`, details: { validationError: { fieldViolations } } },
    400,
  );
}

export const zodViolations = (error: z.ZodError): FieldViolation[] =>
  error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    description: issue.message,
  }));
