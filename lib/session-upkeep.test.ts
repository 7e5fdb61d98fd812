import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sealSession, unsealSession, type SessionData } from './session';
import { needsSession, resealCookie, upkeepSession, type TokenSource } from './session-upkeep';
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
    const session: SessionData = {
      v: 1,
      tokens: member,
      memberName: 'Demo',
      signedInAt: now - 60,
      seenAt: now - 60,
    };
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

const DAY = 24 * 3600;
const limits = { maxAgeSeconds: 30 * DAY, idleSeconds: 7 * DAY };
const signedIn = (at: number, seenAt = at): SessionData => ({
  v: 1,
  tokens: { ...member, accessExpiresAt: at + 14400 },
  memberName: 'Demo',
  cart: { count: 2 },
  signedInAt: at,
  seenAt,
});
const logins = [{ state: 's', codeVerifier: 'v', returnTo: '/', expiresAt: now + 60 }];

describe('upkeepSession: when a member session ends (fake clock)', () => {
  it('renewals every four hours never extend the 30 days from sign-in', async () => {
    // Wix renews for as long as asked: the storefront alone ends the session.
    const s = source({
      renew: vi.fn(async (t: SessionTokens) => ({ ...t, accessExpiresAt: clock + 14400 })),
    });
    let clock = now;
    let session = signedIn(now);
    while (clock < now + 31 * DAY) {
      clock += 4 * 3600;
      const result = await upkeepSession(session, clock, s, 1000, limits);
      if (result.kind !== 'updated') throw new Error(`expected a renewal, got ${result.kind}`);
      session = result.session;
      if (session.tokens?.role !== 'member') break;
      expect(session.signedInAt).toBe(now);
      expect(session.seenAt).toBe(clock);
    }
    expect(clock).toBe(now + 30 * DAY);
    expect(session).toEqual({ v: 1, tokens: visitor });
    expect(s.renew).toHaveBeenCalledTimes(30 * 6 - 1);
  });

  it('ends a member session idle for seven days, keeping pending sign-ins', async () => {
    const s = source();
    const idle = { ...signedIn(now - 8 * DAY, now - 7 * DAY), logins };
    const result = await upkeepSession(idle, now, s, 1000, limits);
    expect(result).toEqual({ kind: 'updated', session: { v: 1, logins, tokens: visitor } });
    expect(s.renew).not.toHaveBeenCalled();
  });

  it('keeps a member seen six days ago, and records this visit', async () => {
    const result = await upkeepSession(signedIn(now - 6 * DAY), now, source(), 1000, limits);
    expect(result).toMatchObject({
      kind: 'updated',
      session: { tokens: { role: 'member' }, signedInAt: now - 6 * DAY, seenAt: now },
    });
  });

  it('writes nothing for a member seen within the day whose tokens are fresh', async () => {
    const session = { ...signedIn(now - 3 * DAY, now - 3600), tokens: member };
    expect(await upkeepSession(session, now, source(), 1000, limits)).toEqual({
      kind: 'unchanged',
      session,
    });
  });

  it('ends the member session even when Wix cannot give a visitor one now', async () => {
    const s = source({ mint: vi.fn(async () => Promise.reject(new TypeError('fetch failed'))) });
    const expired = { ...signedIn(now - 30 * DAY, now - 3600), logins };
    expect(await upkeepSession(expired, now, s, 1000, limits)).toEqual({
      kind: 'updated',
      session: { v: 1, logins },
    });
  });

  it('takes the limits it is given', async () => {
    const short = { maxAgeSeconds: DAY, idleSeconds: DAY };
    const result = await upkeepSession(signedIn(now - DAY), now, source(), 1000, short);
    expect(result).toEqual({ kind: 'updated', session: { v: 1, tokens: visitor } });
  });
});

describe('resealCookie', () => {
  const oldSecret = 'o'.repeat(32);
  const newSecret = 'n'.repeat(32);
  const fresh: SessionData = { v: 1, tokens: visitor, cart: { count: 1 } };

  it('reseals a cookie of an older SESSION_SECRET with the newest, though nothing else changed', async () => {
    const s = source();
    const old = await sealSession(fresh, [oldSecret]);
    const seal = await resealCookie(old, now, [newSecret, oldSecret], s);
    expect(seal).not.toBeNull();
    expect(await unsealSession(seal!, [newSecret])).toEqual(fresh);
    expect(s.renew).not.toHaveBeenCalled();
    expect(s.mint).not.toHaveBeenCalled();
  });

  it('reseals an older cookie even when Wix is unreachable for its renewal', async () => {
    const s = source({ renew: vi.fn(async () => Promise.reject(new TypeError('fetch failed'))) });
    const expiring = { ...fresh, tokens: { ...visitor, accessExpiresAt: now - 1 } };
    const seal = await resealCookie(
      await sealSession(expiring, [oldSecret]),
      now,
      [newSecret, oldSecret],
      s,
    );
    expect(await unsealSession(seal!, [newSecret])).toEqual(expiring);
  });

  it('leaves a cookie of the newest secret alone when nothing changed', async () => {
    const current = await sealSession(fresh, [newSecret]);
    expect(await resealCookie(current, now, [newSecret, oldSecret], source())).toBeNull();
  });

  it('starts a fresh visitor for a cookie no configured secret opens', async () => {
    const foreign = await sealSession(fresh, ['f'.repeat(32)]);
    const seal = await resealCookie(foreign, now, [newSecret, oldSecret], source());
    expect(await unsealSession(seal!, [newSecret])).toEqual({ v: 1, tokens: visitor });
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
