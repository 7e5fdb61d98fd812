import { describe, expect, it } from 'vitest';
import { decideTokenAction, RENEW_MARGIN_SECONDS } from './token-expiry';
import type { SessionTokens } from './types';

const now = 1_800_000_000;
const tokens = (expiresIn: number): SessionTokens => ({
  accessToken: 'AT',
  accessExpiresAt: now + expiresIn,
  refreshToken: 'RT',
  role: 'member',
});

describe('decideTokenAction', () => {
  it('mints when there are no tokens', () => {
    expect(decideTokenAction(undefined, now)).toBe('mint');
  });

  it('mints when the refresh token is missing', () => {
    expect(decideTokenAction({ ...tokens(3600), refreshToken: '' }, now)).toBe('mint');
  });

  it('keeps a token with time to spare', () => {
    expect(decideTokenAction(tokens(3600), now)).toBe('keep');
    expect(decideTokenAction(tokens(RENEW_MARGIN_SECONDS + 1), now)).toBe('keep');
  });

  it('renews a token about to expire', () => {
    expect(decideTokenAction(tokens(RENEW_MARGIN_SECONDS), now)).toBe('renew');
    expect(decideTokenAction(tokens(1), now)).toBe('renew');
  });

  it('renews an expired token', () => {
    expect(decideTokenAction(tokens(-10), now)).toBe('renew');
  });

  it('renews when the expiry is unknown', () => {
    expect(decideTokenAction({ ...tokens(0), accessExpiresAt: Number.NaN }, now)).toBe('renew');
  });
});
