import { NextResponse } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** lib/session as a shop on `siteUrl` loads it (getEnv reads SITE_URL once per module load). */
async function sessionFor(siteUrl: string) {
  vi.stubEnv('SITE_URL', siteUrl);
  vi.resetModules();
  return import('./session');
}

/** The Set-Cookie header a response gets when the session is written, then its attributes. */
async function setCookieFor(siteUrl: string, write: 'write' | 'clear' = 'write') {
  const session = await sessionFor(siteUrl);
  const response = new NextResponse(null);
  if (write === 'write') await session.writeSession(response.cookies, session.emptySession());
  else session.clearSession(response.cookies);
  const header = response.headers.get('set-cookie') ?? '';
  const [pair = '', ...attributes] = header.split(/;\s*/);
  return {
    name: pair.slice(0, pair.indexOf('=')),
    value: pair.slice(pair.indexOf('=') + 1),
    attributes: attributes.map((a) => a.toLowerCase()),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the session cookie on an https shop', () => {
  it('is a __Host- cookie: Secure, Path=/ and no Domain, so only this origin ever gets it', async () => {
    const cookie = await setCookieFor('https://shop.example');
    expect(cookie.name).toBe('__Host-wix-session');
    expect(cookie.value).not.toBe('');
    expect(cookie.attributes).toContain('secure');
    expect(cookie.attributes).toContain('path=/');
    expect(cookie.attributes.some((a) => a.startsWith('domain'))).toBe(false);
  });

  it('is out of reach of page scripts and of cross-site requests', async () => {
    const { attributes } = await setCookieFor('https://shop.example');
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
  });

  it('is cleared under the same name and attributes (a browser ignores anything else)', async () => {
    const cookie = await setCookieFor('https://shop.example', 'clear');
    expect(cookie.name).toBe('__Host-wix-session');
    expect(cookie.value).toBe('');
    expect(cookie.attributes).toEqual(
      expect.arrayContaining(['secure', 'path=/', 'httponly', 'samesite=lax', 'max-age=0']),
    );
  });

  it('is the one that is read back', async () => {
    const session = await sessionFor('https://shop.example');
    const seal = await session.sealSession({ v: 1, memberName: 'Ada' });
    const read = (name: string) => (name === '__Host-wix-session' ? { value: seal } : undefined);
    expect(await session.readSession({ get: read })).toMatchObject({ memberName: 'Ada' });
  });
});

describe('the session cookie on a plain http shop (local development)', () => {
  it('is wix-session without Secure, which a browser would drop over http', async () => {
    const cookie = await setCookieFor('http://localhost:3000');
    expect(cookie.name).toBe('wix-session');
    expect(cookie.attributes).not.toContain('secure');
    expect(cookie.attributes).toEqual(
      expect.arrayContaining(['path=/', 'httponly', 'samesite=lax']),
    );
  });
});
