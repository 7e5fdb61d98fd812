import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionData } from './session';
import { needsSession, upkeepSession, type TokenSource } from './session-upkeep';
import type { SessionTokens } from './wix/types';

const now = 1_800_000_000;
const visitor: SessionTokens = {
  accessToken: 'AT-v',
  accessExpiresAt: now + 3600,
  refreshToken: 'RT-v',
  role: 'visitor',
};
const member: SessionTokens = {
  ...visitor,
  accessToken: 'AT-m',
  refreshToken: 'RT-m',
  role: 'member',
};
const refused = new Error(
  'Failed to fetch tokens from OAuth API: Bad Request. request id: r. Response: {"error":"invalid_grant"}',
);

function source(overrides: Partial<TokenSource> = {}): TokenSource {
  return {
    mint: vi.fn(async () => visitor),
    renew: vi.fn(async (t: SessionTokens) => ({ ...t, accessExpiresAt: now + 14400 })),
    ...overrides,
  };
}

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('upkeepSession', () => {
  it('mints visitor tokens for a browser without a session', async () => {
    const s = source();
    const result = await upkeepSession(null, now, s);
    expect(result).toEqual({ kind: 'updated', session: { v: 1, tokens: visitor } });
    expect(s.renew).not.toHaveBeenCalled();
  });

  it('leaves fresh tokens alone', async () => {
    const session: SessionData = { v: 1, tokens: member, memberName: 'Demo' };
    const s = source();
    expect(await upkeepSession(session, now, s)).toEqual({ kind: 'unchanged', session });
    expect(s.mint).not.toHaveBeenCalled();
  });

  it('renews an expiring member token and keeps the member', async () => {
    const session: SessionData = {
      v: 1,
      tokens: { ...member, accessExpiresAt: now + 5 },
      memberName: 'Demo',
    };
    const result = await upkeepSession(session, now, source());
    expect(result.kind).toBe('updated');
    if (result.kind !== 'updated') return;
    expect(result.session.tokens).toMatchObject({ role: 'member', accessExpiresAt: now + 14400 });
    expect(result.session.memberName).toBe('Demo');
  });

  it('turns a member whose renewal is refused into a fresh visitor', async () => {
    const session: SessionData = {
      v: 1,
      tokens: { ...member, accessExpiresAt: now - 1 },
      memberName: 'Demo',
    };
    const s = source({ renew: vi.fn(async () => Promise.reject(refused)) });
    const result = await upkeepSession(session, now, s);
    expect(result).toEqual({ kind: 'updated', session: { v: 1, tokens: visitor } });
  });

  it('keeps the cookie untouched when Wix is unreachable during renewal', async () => {
    const session: SessionData = { v: 1, tokens: { ...member, accessExpiresAt: now - 1 } };
    const s = source({ renew: vi.fn(async () => Promise.reject(new TypeError('fetch failed'))) });
    expect(await upkeepSession(session, now, s)).toEqual({
      kind: 'unavailable',
      reason: 'unreachable',
    });
    expect(s.mint).not.toHaveBeenCalled();
  });

  it('goes on without waiting when Wix does not answer in time', async () => {
    const session: SessionData = { v: 1, tokens: { ...member, accessExpiresAt: now - 1 } };
    const hanging = () => new Promise<SessionTokens>(() => {});
    const s = source({ renew: vi.fn(hanging), mint: vi.fn(hanging) });
    expect(await upkeepSession(session, now, s, 20)).toEqual({
      kind: 'unavailable',
      reason: 'unreachable',
    });
    expect(await upkeepSession(null, now, s, 20)).toEqual({
      kind: 'unavailable',
      reason: 'unreachable',
    });
  });

  it('goes on without a session when no visitor tokens can be minted', async () => {
    const s = source({ mint: vi.fn(async () => Promise.reject(new TypeError('fetch failed'))) });
    expect(await upkeepSession(null, now, s)).toEqual({
      kind: 'unavailable',
      reason: 'unreachable',
    });
  });

  it('says when Wix does not know the OAuth app at all', async () => {
    const unknownClient = new Error(
      'Failed to fetch tokens from OAuth API: Bad Request. request id: r. Response: {"error":"invalid_client"}',
    );
    const session: SessionData = { v: 1, tokens: { ...member, accessExpiresAt: now - 1 } };
    const s = source({
      renew: vi.fn(async () => Promise.reject(refused)),
      mint: vi.fn(async () => Promise.reject(unknownClient)),
    });
    expect(await upkeepSession(session, now, s)).toEqual({
      kind: 'unavailable',
      reason: 'not-authorized',
    });
  });

  it('keeps pending sign-ins when it starts a fresh visitor session', async () => {
    const logins = [{ state: 's', codeVerifier: 'v', returnTo: '/', expiresAt: now + 60 }];
    const result = await upkeepSession({ v: 1, logins }, now, source());
    expect(result).toMatchObject({ kind: 'updated', session: { logins, tokens: visitor } });
  });
});

describe('needsSession', () => {
  it.each([
    ['/account', true],
    ['/account/orders', true],
    ['/api/session', false],
    ['/', false],
    ['/products/shirt', false],
    ['/accounting', false],
  ])('%s → %s', (path, expected) => {
    expect(needsSession(path)).toBe(expected);
  });
});
