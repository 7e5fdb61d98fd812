import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';
import { isWixManagedPage } from './wix-pages';

const real = parseEnv({ WIX_CLIENT_ID: 'abcd1234-real-client', SESSION_SECRET: 'a'.repeat(32) });
const emulator = parseEnv({ WIX_API_URL: 'http://127.0.0.1:4010' });
const connected = parseEnv({
  WIX_CLIENT_ID: 'abcd1234-real-client',
  SESSION_SECRET: 'a'.repeat(32),
  WIX_MANAGED_PAGE_HOSTS: 'Checkout.Example.com',
});

describe('isWixManagedPage', () => {
  it("follows https pages on Wix's own hosts", () => {
    for (const url of [
      'https://users.wix.com/signin?session=1',
      'https://www.wix.com/logout',
      'https://mysite.wixsite.com/shop/checkout',
      'https://www.wixapis.com/x',
    ]) {
      expect(isWixManagedPage(url, real), url).toBe(true);
    }
  });

  it('refuses other hosts, look-alikes, plain http, credentials and non-URLs', () => {
    for (const url of [
      'https://evil.example/wix.com',
      'https://wix.com.evil.example/',
      'https://evilwix.com/',
      'http://users.wix.com/signin',
      'https://user:pw@users.wix.com/',
      'javascript:alert(1)',
      'data:text/html,hi',
      '//users.wix.com/signin',
      '',
      null,
      42,
    ]) {
      expect(isWixManagedPage(url, real), String(url)).toBe(false);
    }
  });

  it("follows the emulator's pages in emulator mode only, under any loopback name", () => {
    expect(isWixManagedPage('http://localhost:4010/_wix/checkout?session=1', emulator)).toBe(true);
    expect(isWixManagedPage('http://127.0.0.1:4010/_wix/login', emulator)).toBe(true);
    expect(isWixManagedPage('http://localhost:4011/_wix/login', emulator)).toBe(false);
    expect(isWixManagedPage('http://evil.example:4010/_wix/login', emulator)).toBe(false);
    expect(isWixManagedPage('http://localhost:4010/_wix/login', real)).toBe(false);
  });

  it('follows the hosts the shop names in WIX_MANAGED_PAGE_HOSTS', () => {
    expect(isWixManagedPage('https://checkout.example.com/pay', connected)).toBe(true);
    expect(isWixManagedPage('https://other.example.com/pay', connected)).toBe(false);
    expect(() =>
      parseEnv({ WIX_API_URL: 'http://127.0.0.1:4010', WIX_MANAGED_PAGE_HOSTS: 'a b' }),
    ).toThrow(/WIX_MANAGED_PAGE_HOSTS/);
  });
});
