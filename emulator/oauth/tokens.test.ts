import { describe, expect, it } from 'vitest';
import {
  readRefreshToken,
  signAccessToken,
  signRefreshToken,
  verifyAccessToken,
  type AccessClaims,
} from './tokens';

const SECRET = 'x'.repeat(48);
const claims: AccessClaims = {
  clientId: '6a1a5f5e-2b7c-4f0e-9d3a-5e6d7f8a9b0c',
  identity: { kind: 'member', id: '0b7e6c1a-5d2f-4a8e-9c3b-1f2e3d4c5b6a' },
  grantId: 'b3c1d2e4-0000-4000-8000-000000000001',
  iat: 1_700_000_000,
  exp: 1_700_014_400,
};

describe('access tokens', () => {
  const token = signAccessToken(SECRET, claims);

  it('look like real Wix tokens, with a realistic length', () => {
    expect(token).toMatch(/^OauthNG\.JWS\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(token.length).toBeGreaterThan(600);
    expect(token.length).toBeLessThan(1400);
  });

  it('verify until they expire', () => {
    expect(verifyAccessToken(SECRET, token, claims.iat)).toEqual({ ok: true, claims });
    expect(verifyAccessToken(SECRET, token, claims.exp - 1).ok).toBe(true);
    expect(verifyAccessToken(SECRET, token, claims.exp)).toEqual({ ok: false, reason: 'expired' });
  });

  it('are refused when signed with another secret, tampered with or malformed', () => {
    expect(verifyAccessToken('y'.repeat(48), token, claims.iat)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const [header, payload, signature] = token.slice('OauthNG.JWS.'.length).split('.');
    const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...decoded, exp: claims.exp + 3600 })).toString(
      'base64url',
    );
    const tampered = `OauthNG.JWS.${header}.${forged}.${signature}`;
    expect(verifyAccessToken(SECRET, tampered, claims.iat)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    for (const bad of [
      '',
      'OauthNG.JWS.',
      'OauthNG.JWS.a.b',
      `${token}.x`,
      token.replace('OauthNG', 'Other'),
    ]) {
      expect(verifyAccessToken(SECRET, bad, claims.iat)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('are not accepted as refresh tokens, nor refresh tokens as access tokens', () => {
    const refresh = signRefreshToken(SECRET, claims.grantId, claims.iat);
    expect(readRefreshToken(SECRET, refresh)).toBe(claims.grantId);
    expect(readRefreshToken(SECRET, token)).toBeNull();
    expect(verifyAccessToken(SECRET, refresh, claims.iat).ok).toBe(false);
    expect(readRefreshToken('y'.repeat(48), refresh)).toBeNull();
  });
});
