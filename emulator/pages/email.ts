// Longest address SMTP carries (RFC 5321); checked first, so no input makes the test slow.
const MAX_EMAIL_LENGTH = 254;
// Dot-separated labels without dots, so matching is linear (no overlapping repeats).
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** A plausible e-mail address: something@host.tld, at most 254 characters. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}
