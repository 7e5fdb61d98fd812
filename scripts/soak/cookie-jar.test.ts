import { describe, expect, it } from 'vitest';
import { CookieJar } from './cookie-jar';

describe('CookieJar', () => {
  it('sends back what Set-Cookie gave, newest value per name', () => {
    const jar = new CookieJar();
    expect(jar.header()).toBeNull();
    jar.store(['wix-session=abc; Path=/; HttpOnly; SameSite=Lax', 'other=1']);
    jar.store(['wix-session=def; Path=/']);
    expect(jar.header()).toBe('wix-session=def; other=1');
    expect(jar.has('wix-session')).toBe(true);
  });

  it('drops a cookie cleared by an empty value, Max-Age=0 or a past Expires', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    const jar = new CookieJar();
    jar.store(['a=1', 'b=2', 'c=3', 'd=4'], now);
    jar.store(
      [
        'a=; Path=/',
        'b=x; Max-Age=0',
        'c=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
        'd=5; Expires=Fri, 01 Jan 2100 00:00:00 GMT',
      ],
      now,
    );
    expect(jar.header()).toBe('d=5');
  });

  it('lets Max-Age win over Expires, and ignores lines without a name', () => {
    const jar = new CookieJar();
    jar.store(['a=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT', '=nameless', 'junk']);
    expect(jar.header()).toBe('a=1');
    jar.clear();
    expect(jar.header()).toBeNull();
  });
});
