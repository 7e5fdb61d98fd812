// The storefront's sign-in routes (/login, /auth/callback) and the middleware's cookie upkeep
// against the emulator through the real SDK: what a member's session holds, and when it ends.
// Date alone is faked (in this process and so in the emulator's clock) to move days ahead.
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { unsealSession, type SessionData } from '@/lib/session';
import { resealCookie } from '@/lib/session-upkeep';
import { postForm } from './helpers';
import { jar, startStorefrontEmulator } from './storefront-session';

const SITE = 'http://localhost:3000';
const COOKIE = 'wix-session';
const DAY_MS = 24 * 3600 * 1000;

// Outside Next: cookies in a jar.
vi.mock('next/headers', () => import('./storefront-session'));

const login = await import('@/app/login/route');
const callback = await import('@/app/auth/callback/route');

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startStorefrontEmulator();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => emulator.close());
afterEach(() => {
  vi.useRealTimers();
  jar.clear();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
const stored = () => unsealSession(jar.get(COOKIE));
let signUps = 0;

/** A new member signs up on Wix's hosted page, started and finished by the shop's routes. */
async function signUpThroughTheShop(name: string): Promise<Response> {
  const start = await login.GET(new NextRequest(`${SITE}/login?returnTo=/account`));
  expect(start.status).toBe(303);
  const authUrl = start.headers.get('location') ?? '';
  const signUp = await postForm(new URL('/_wix/login/sign-up', authUrl), {
    session: new URL(authUrl).searchParams.get('session') ?? '',
    name,
    email: `member-${++signUps}@example.com`,
    password: 'member-password',
  });
  expect(signUp.status).toBe(303);
  return callback.GET(new NextRequest(signUp.headers.get('location') ?? ''));
}

describe('signing in', () => {
  it('shortens a very long member name rather than fail to set the cookie', async () => {
    const name = `Ada ${'Lovelace'.repeat(1000)}`;
    const done = await signUpThroughTheShop(name);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${SITE}/account`);
    const seal = jar.get(COOKIE) ?? '';
    expect(`__Host-${COOKIE}=`.length + seal.length + 80).toBeLessThan(4096);
    const session = await stored();
    expect(session?.tokens?.role).toBe('member');
    expect(session?.memberName).toMatch(/^Ada (Lovelace)+Lov…$/);
    expect([...(session?.memberName ?? '')]).toHaveLength(80);
  });

  it('records when the member signed in', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-02T10:00:00Z') });
    await signUpThroughTheShop('Grace Hopper');
    const at = nowSeconds();
    expect(await stored()).toMatchObject({
      memberName: 'Grace Hopper',
      signedInAt: at,
      seenAt: at,
    });
  });
});

describe('when a member session ends (the middleware’s upkeep)', () => {
  /** One page view `days` later: the middleware's upkeep, its cookie kept as a browser would. */
  async function visitAfter(days: number): Promise<SessionData | null> {
    vi.setSystemTime(Date.now() + days * DAY_MS);
    const seal = await resealCookie(jar.get(COOKIE), nowSeconds());
    if (seal) jar.set(COOKIE, seal);
    return stored();
  }

  it('signs a member out 30 days after sign-in, though Wix renewed their tokens all along', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-02T10:00:00Z') });
    await signUpThroughTheShop('Katherine Johnson');
    const signedInAt = (await stored())?.signedInAt;
    const accessTokens = new Set<string | undefined>();
    for (let day = 2; day < 30; day += 2) {
      const session = await visitAfter(2);
      expect(session?.tokens?.role).toBe('member');
      expect(session?.signedInAt).toBe(signedInAt);
      accessTokens.add(session?.tokens?.accessToken);
    }
    // Access tokens last four hours: every visit renewed them.
    expect(accessTokens.size).toBe(14);
    const after = await visitAfter(2);
    expect(after?.tokens?.role).toBe('visitor');
    expect(after?.memberName).toBeUndefined();
    expect(after?.signedInAt).toBeUndefined();
  });

  it('signs out a member who stayed away seven days, and keeps one who came back in six', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-05-04T10:00:00Z') });
    await signUpThroughTheShop('Mary Jackson');
    expect((await visitAfter(6))?.tokens?.role).toBe('member');
    expect((await visitAfter(6))?.tokens?.role).toBe('member');
    expect((await visitAfter(7))?.tokens?.role).toBe('visitor');
  });
});
