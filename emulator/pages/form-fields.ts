// The text fields of a hosted page's form (checkout, booking): what they are and their checks.
import { isEmailAddress } from './email';

export interface FormField<N extends string = string> {
  name: N;
  label: string;
  autocomplete: string;
  /** Typings' @maxLength of the matching Wix field. */
  maxLength: number;
  type?: 'email' | 'tel';
  /** May be left empty; checked only when filled in. */
  optional?: boolean;
}

const PHONE = /^\+?[0-9][0-9 ().-]{5,19}$/;

function problemOf(field: FormField, value: string): string | null {
  if (!value) return field.optional ? null : `Enter your ${field.label.toLowerCase()}.`;
  if (value.length > field.maxLength) {
    return `${field.label} can be at most ${field.maxLength} characters.`;
  }
  if (field.type === 'email' && !isEmailAddress(value)) {
    return 'Enter an email address like name@example.com.';
  }
  if (field.type === 'tel' && !PHONE.test(value)) {
    return 'Enter a phone number like +1 212 555 0100.';
  }
  return null;
}

/** The entered values (trimmed, kept for the page) and what is wrong with them, in field order. */
export function readFormFields<N extends string>(
  fields: readonly FormField<N>[],
  form: Readonly<Record<string, string>>,
): { values: Record<N, string>; problems: string[] } {
  const values = Object.fromEntries(
    fields.map((f) => [f.name, (form[f.name] ?? '').trim()]),
  ) as Record<N, string>;
  const problems = fields
    .map((field) => problemOf(field, values[field.name]))
    .filter((p): p is string => p !== null);
  return { values, problems };
}
