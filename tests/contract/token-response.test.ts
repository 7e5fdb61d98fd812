// What the storefront does when Wix's token endpoint answers tokens it cannot keep: here the
// emulator grants access tokens that are already expired (expires_in 0).
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { upkeepSession } from '@/lib/session-upkeep';
import { mintVisitorTokens, renewSessionTokens } from '@/lib/wix/auth';
import { classifyTokenError } from '@/lib/wix/errors';
import { InvalidTokenResponseError } from '@/lib/wix/token-response';
import { nowInSeconds } from '@/lib/wix/token-expiry';
import { jar, startStorefrontEmulator } from './storefront-session';

// Outside Next: cookies in a jar.
vi.mock('next/headers', () => import('./storefront-session'));

const login = await import('@/app/login/route');

let emulator: RunningEmulator;
const warnings: string[] = [];

beforeAll(async () => {
  emulator = await startStorefrontEmulator({ accessTokenTtl: 0 });
  vi.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line));
});
afterAll(() => emulator.close());

async function rejection(work: Promise<unknown>): Promise<Error> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidTokenResponseError);
  return error as Error;
}

describe('an unusable token answer', () => {
  it('is refused when minting, naming the field, and counts as Wix being unavailable', async () => {
    const error = await rejection(mintVisitorTokens());
    expect(error.message).toContain('accessToken.expiresAt');
    expect(classifyTokenError(error)).toBe('unavailable');
  });

  it('is refused when renewing, without the tokens in the message', async () => {
    // mintVisitorTokens refuses this emulator's answers: a refresh token from a raw grant.
    const grant = await fetch(`${emulator.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: emulator.clientId, grantType: 'anonymous' }),
    });
    const { refresh_token: refreshToken } = (await grant.json()) as { refresh_token: string };
    const expiring = {
      accessToken: 'OauthNG.JWS.current-access-token',
      accessExpiresAt: 0,
      refreshToken,
      role: 'visitor' as const,
    };
    const error = await rejection(renewSessionTokens(expiring));
    expect(error.message).toContain('accessToken.expiresAt');
    expect(error.message).not.toContain(refreshToken);
    expect(error.message).not.toContain('current-access-token');
  });

  it('leaves session upkeep going on without tokens, like an outage', async () => {
    expect(await upkeepSession(null, nowInSeconds())).toEqual({
      kind: 'unavailable',
      reason: 'unreachable',
    });
  });

  it('gives /login a friendly page, not a 500, and sets no cookie', async () => {
    const res = await login.GET(new NextRequest('http://localhost:3000/login?returnTo=/account'));
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('Sign-in is unavailable right now');
    expect(jar.size).toBe(0);
    expect(warnings.some((w) => w.includes('unusable tokens'))).toBe(true);
  });
});
