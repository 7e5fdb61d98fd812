import { TokenRole, type Tokens } from '@wix/sdk';
import { describe, expect, it } from 'vitest';
import { classifyTokenError } from './errors';
import {
  checkTokenResponse,
  InvalidTokenResponseError,
  MAX_ACCESS_TOKEN_LENGTH,
} from './token-response';

const now = 1_800_000_000;
const access = 'OauthNG.JWS.access-token-text';
const refresh = 'OauthNG.JWS.refresh-token-text';
const answer = (
  overrides: { value?: string; expiresAt?: number; refresh?: string; role?: TokenRole } = {},
): Tokens => ({
  accessToken: { value: overrides.value ?? access, expiresAt: overrides.expiresAt ?? now + 14400 },
  refreshToken: { value: overrides.refresh ?? refresh, role: overrides.role ?? TokenRole.MEMBER },
});

function refusal(tokens: Tokens, role: 'visitor' | 'member' = 'member'): Error {
  try {
    checkTokenResponse(tokens, role, now);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTokenResponseError);
    return error as Error;
  }
  throw new Error('expected the token answer to be refused');
}

describe('checkTokenResponse', () => {
  it('gives the session tokens of a good answer', () => {
    expect(checkTokenResponse(answer(), 'member', now)).toEqual({
      accessToken: access,
      accessExpiresAt: now + 14400,
      refreshToken: refresh,
      role: 'member',
    });
  });

  it.each([
    ['an empty access token', answer({ value: '' }), 'accessToken.value'],
    ['an empty refresh token', answer({ refresh: '' }), 'refreshToken.value'],
    ['a missing expires_in (NaN)', answer({ expiresAt: NaN }), 'accessToken.expiresAt'],
    ['an endless expiry', answer({ expiresAt: Infinity }), 'accessToken.expiresAt'],
    ['an expiry already past', answer({ expiresAt: now }), 'accessToken.expiresAt'],
    ['an overlong token', answer({ value: 'a'.repeat(MAX_ACCESS_TOKEN_LENGTH + 1) }), 'value'],
    ['no role (signed out)', answer({ role: TokenRole.NONE }), 'refreshToken.role'],
  ])('refuses %s and names the field', (_, tokens, field) => {
    expect(refusal(tokens).message).toContain(field);
  });

  it('refuses visitor tokens where a sign-in should give a member', () => {
    expect(refusal(answer({ role: TokenRole.VISITOR }), 'member').message).toContain('role');
  });

  it('refuses a shape that is not tokens at all', () => {
    expect(refusal({ accessToken: null } as unknown as Tokens).message).toContain('accessToken');
  });

  it('never puts token text in its message, and counts as Wix being unavailable', () => {
    const error = refusal(answer({ expiresAt: NaN, value: `${access}${'x'.repeat(2000)}` }));
    expect(error.message).not.toContain('access-token-text');
    expect(error.message).not.toContain('refresh-token-text');
    expect(classifyTokenError(error)).toBe('unavailable');
  });
});
