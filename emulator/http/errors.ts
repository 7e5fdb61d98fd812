import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export interface FieldViolation {
  field: string;
  description: string;
}

/** Wix's application-error body; the SDK surfaces `code` as `e.details.applicationError.code`. */
export function wixError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  // The typings' `…ErrorData` for the code, e.g. CartRevisionMismatchErrorData.
  data: Record<string, unknown> = {},
) {
  return c.json(
    { message, details: { applicationError: { code, description: message, data } } },
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
    // Wix names array members with brackets: `lineItems[0].quantity`.
    field:
      issue.path
        .map((part, i) =>
          typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`,
        )
        .join('') || 'body',
    description: issue.message,
  }));
