import { createHash, timingSafeEqual } from 'node:crypto';

// RFC 7636 verifier: 43–128 chars of the unreserved set.
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** PKCE S256: base64url(sha256(verifier)) without padding must equal the challenge. */
export function verifyPkceS256(codeVerifier: string, codeChallenge: string): boolean {
  if (!VERIFIER.test(codeVerifier)) return false;
  const computed = Buffer.from(createHash('sha256').update(codeVerifier).digest('base64url'));
  const expected = Buffer.from(codeChallenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
