import { sealData } from 'iron-session';
import { describe, expect, it } from 'vitest';
import { MEMBER_NAME_MAX_BYTES } from './member-name';
import {
  emptySession,
  findLogin,
  openSession,
  passwordMap,
  sealSession,
  unsealSession,
  withLogin,
  writeSessionWithLogin,
  type SessionData,
} from './session';
import { MAX_ACCESS_TOKEN_LENGTH, MAX_REFRESH_TOKEN_LENGTH } from './wix/token-response';

const oldSecret = 'o'.repeat(32);
const newSecret = 'n'.repeat(32);
const session: SessionData = {
  v: 1,
  tokens: {
    accessToken: 'OauthNG.JWS.access-token-text',
    accessExpiresAt: 1,
    refreshToken: 'OauthNG.JWS.refresh-token-text',
    role: 'member',
  },
  memberName: 'Demo Member',
};
const login = (state: string, expiresAt: number) => ({
  state,
  codeVerifier: 'v',
  returnTo: '/',
  expiresAt,
});

describe('session sealing', () => {
  it('round-trips a session', async () => {
    const seal = await sealSession(session, [newSecret]);
    // Long, distinctive token text: a two-letter one turns up in random ciphertext by chance.
    expect(seal).not.toContain('access-token-text');
    expect(seal).not.toContain('OauthNG');
    expect(await unsealSession(seal, [newSecret])).toEqual(session);
  });

  it('refuses a seal made with another password', async () => {
    const seal = await sealSession(session, [oldSecret]);
    expect(await unsealSession(seal, [newSecret])).toBeNull();
  });

  it('still reads seals of a rotated-out password and seals with the newest', async () => {
    const old = await sealSession(session, [oldSecret]);
    expect(await unsealSession(old, [newSecret, oldSecret])).toEqual(session);
    const fresh = await sealSession(session, [newSecret, oldSecret]);
    expect(await unsealSession(fresh, [newSecret])).toEqual(session);
  });

  it('says when only an older secret opens a seal, so it can be resealed', async () => {
    const old = await sealSession(session, [oldSecret]);
    expect(await openSession(old, [newSecret, oldSecret])).toEqual({
      session,
      sealedWithOlderSecret: true,
    });
    const fresh = await sealSession(session, [newSecret]);
    expect(await openSession(fresh, [newSecret, oldSecret])).toEqual({
      session,
      sealedWithOlderSecret: false,
    });
    expect(await openSession('garbage', [newSecret, oldSecret])).toEqual({
      session: null,
      sealedWithOlderSecret: false,
    });
    expect(await openSession(undefined, [newSecret])).toEqual({
      session: null,
      sealedWithOlderSecret: false,
    });
  });

  it('gives each secret an id that does not depend on its place in the list', () => {
    const both = passwordMap([newSecret, oldSecret]);
    expect(Object.values(both)).toEqual(expect.arrayContaining([newSecret, oldSecret]));
    expect(passwordMap([newSecret])).toEqual(
      Object.fromEntries(Object.entries(both).filter(([, s]) => s === newSecret)),
    );
  });

  it.each(['', 'garbage', 'Fe26.2*1*abc*def~2', 'x'.repeat(5000)])(
    'returns null for %j',
    async (value) => {
      expect(await unsealSession(value, [newSecret])).toBeNull();
    },
  );

  it('returns null for a tampered seal', async () => {
    const seal = await sealSession(session, [newSecret]);
    const i = Math.floor(seal.length / 2);
    const flipped = seal.slice(0, i) + (seal[i] === 'A' ? 'B' : 'A') + seal.slice(i + 1);
    expect(await unsealSession(flipped, [newSecret])).toBeNull();
  });

  it('returns null for a sealed value of another shape', async () => {
    const seal = await sealData({ v: 2, admin: true }, { password: { 1: newSecret } });
    expect(await unsealSession(seal, [newSecret])).toBeNull();
  });
});

describe('the booking record', () => {
  const booking = {
    serviceSlug: 'hot-stone-massage',
    serviceName: 'Hot stone massage',
    start: '2026-12-08T17:00:00.000Z',
    end: '2026-12-08T18:30:00.000Z',
    businessTimeZone: 'America/New_York',
    shopperTimeZone: 'Asia/Tokyo',
    staffName: 'Clara Nakamura',
    location: 'Soho Studio, 100 Spring St, New York, NY 10012',
  };

  it('round-trips beside a member’s tokens', async () => {
    const seal = await sealSession({ ...session, booking }, [newSecret]);
    expect((await unsealSession(seal, [newSecret]))?.booking).toEqual(booking);
  });

  it('is refused when malformed, like any tampered session', async () => {
    const seal = await sealData(
      { ...session, booking: { ...booking, start: 'tomorrow' } },
      { password: passwordMap([newSecret]) },
    );
    expect(await unsealSession(seal, [newSecret])).toBeNull();
  });

  it('keeps a member session with the longest record and a cart below 4096 bytes', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const full: SessionData = {
      v: 1,
      // As long as Wix's member tokens get (the emulator's are shorter).
      tokens: {
        accessToken: `OauthNG.JWS.${'a'.repeat(1200)}`,
        accessExpiresAt: 1_800_000_000,
        refreshToken: `OauthNG.JWS.${'r'.repeat(600)}`,
        role: 'member',
      },
      memberName: 'Demo Member',
      cart: { count: 12 },
      signedInAt: 1_800_000_000,
      seenAt: 1_800_000_000,
      booking: {
        ...booking,
        serviceSlug: 'a'.repeat(100),
        serviceName: long(120),
        staffName: long(80),
        location: long(160),
        shopperTimeZone: 'America/Argentina/ComodRivadavia',
      },
    };
    const seal = await sealSession(full, [newSecret]);
    const cookie = '__Host-wix-session='.length + seal.length + 80;
    expect(cookie).toBeLessThan(4096);
    expect(await unsealSession(seal, [newSecret])).toEqual(full);
  });
});

describe('the member name', () => {
  const cookieSize = (seal: string) => '__Host-wix-session='.length + seal.length + 80;
  const longest: SessionData = {
    v: 1,
    tokens: {
      accessToken: 'a'.repeat(MAX_ACCESS_TOKEN_LENGTH),
      accessExpiresAt: 1_800_000_000,
      refreshToken: 'r'.repeat(MAX_REFRESH_TOKEN_LENGTH),
      role: 'member',
    },
    cart: { count: 30_000_000 },
    signedInAt: 1_800_000_000,
    seenAt: 1_800_000_000,
  };

  it('is shortened when sealed, so a huge one never makes the cookie too big', async () => {
    const seal = await sealSession({ ...longest, memberName: 'Ada '.repeat(25_000) }, [newSecret]);
    expect(cookieSize(seal)).toBeLessThan(4096);
    const name = (await unsealSession(seal, [newSecret]))?.memberName ?? '';
    expect(name).toMatch(/^Ada (Ada )+Ada…$/);
    expect([...name].length).toBeLessThanOrEqual(80);
  });

  it('leaves room for a pending sign-in with tokens, name and cart at their bounds', async () => {
    const name = '"名\\'.repeat(1000);
    const login = {
      state: 's'.repeat(43),
      codeVerifier: 'v'.repeat(43),
      returnTo: '/'.padEnd(256, 'x'),
      expiresAt: 1,
    };
    const seal = await sealSession({ ...longest, memberName: name, logins: [login] }, [newSecret]);
    expect(cookieSize(seal)).toBeLessThan(4096);
    const stored = await unsealSession(seal, [newSecret]);
    expect(
      new TextEncoder().encode(JSON.stringify(stored?.memberName)).length - 2,
    ).toBeLessThanOrEqual(MEMBER_NAME_MAX_BYTES);
  });

  it('is left out when nothing of it remains', async () => {
    const seal = await sealSession({ ...longest, memberName: '\u0000' }, [newSecret]);
    expect(await unsealSession(seal, [newSecret])).toEqual(longest);
  });
});

describe('login transactions', () => {
  it('keeps at most three, dropping expired and oldest first', () => {
    let s = emptySession();
    s = withLogin(s, login('expired', 50), 100);
    s = withLogin(s, login('a', 200), 100);
    s = withLogin(s, login('b', 200), 100);
    s = withLogin(s, login('c', 200), 100);
    s = withLogin(s, login('d', 200), 100);
    expect(s.logins?.map((l) => l.state)).toEqual(['b', 'c', 'd']);
  });

  it('finds a transaction by state only in the session that holds it', () => {
    const s = withLogin(emptySession(), login('s1', 200), 100);
    expect(findLogin(s, 's1')?.codeVerifier).toBe('v');
    expect(findLogin(s, 'other')).toBeUndefined();
    expect(findLogin(null, 's1')).toBeUndefined();
  });
});

describe('writeSessionWithLogin', () => {
  it('drops older pending sign-ins rather than write a cookie browsers refuse', async () => {
    const written: string[] = [];
    const cookies = { set: (_name: string, value: string) => written.push(value) };
    const big: SessionData = {
      v: 1,
      tokens: {
        accessToken: `OauthNG.JWS.${'a'.repeat(1800)}`,
        accessExpiresAt: 1,
        refreshToken: `OauthNG.JWS.${'r'.repeat(300)}`,
        role: 'visitor',
      },
      logins: ['s1', 's2', 's3'].map((state) => ({
        state,
        codeVerifier: 'v'.repeat(43),
        returnTo: `/${'x'.repeat(255)}`,
        expiresAt: 200,
      })),
    };
    const login = { state: 'new', codeVerifier: 'v'.repeat(43), returnTo: '/', expiresAt: 200 };
    await writeSessionWithLogin(cookies, big, login, 100);
    const stored = await unsealSession(written.at(-1));
    expect(stored?.logins?.map((l) => l.state)).toEqual(['new']);
    expect(stored?.tokens?.accessToken).toBe(big.tokens!.accessToken);
    expect(written.at(-1)!.length).toBeLessThan(4096);
  });
});
