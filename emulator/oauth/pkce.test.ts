import { describe, expect, it } from 'vitest';
import { verifyPkceS256 } from './pkce';

// RFC 7636, appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('verifyPkceS256', () => {
  it('accepts the RFC 7636 example pair', () => {
    expect(verifyPkceS256(VERIFIER, CHALLENGE)).toBe(true);
  });

  it('rejects another verifier, a padded challenge and malformed verifiers', () => {
    expect(verifyPkceS256(VERIFIER.replace('d', 'e'), CHALLENGE)).toBe(false);
    expect(verifyPkceS256(VERIFIER, `${CHALLENGE}=`)).toBe(false);
    expect(verifyPkceS256('short', CHALLENGE)).toBe(false);
    expect(verifyPkceS256(`${VERIFIER.slice(0, 42)}!`, CHALLENGE)).toBe(false);
    expect(verifyPkceS256('a'.repeat(129), CHALLENGE)).toBe(false);
  });
});
