import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, readShopOrigins, securityHeaders } from './security-headers.mjs';

const emulator = readShopOrigins({ WIX_API_URL: 'http://127.0.0.1:4010', NODE_ENV: 'production' });
const realWix = readShopOrigins({
  WIX_CLIENT_ID: 'abcd1234-real-client',
  SITE_URL: 'https://shop.example.com',
  NODE_ENV: 'production',
});

/** The policy as directive name → its sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split('; ').map((d) => {
      const [name, ...sources] = d.split(' ');
      return [name!, sources];
    }),
  );
}

const header = (headers: { key: string; value: string }[], key: string) =>
  headers.find((h) => h.key === key)?.value;

describe('contentSecurityPolicy', () => {
  it('locks down what static rendering allows, in every mode', () => {
    for (const origins of [emulator, realWix]) {
      const policy = directives(contentSecurityPolicy(origins));
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['base-uri']).toEqual(["'self'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    }
  });

  it("lets forms lead to Wix's managed pages and images come from Wix media", () => {
    const policy = directives(contentSecurityPolicy(realWix));
    expect(policy['form-action']).toEqual([
      "'self'",
      'https://wix.com',
      'https://*.wix.com',
      'https://wixapis.com',
      'https://*.wixapis.com',
      'https://wixsite.com',
      'https://*.wixsite.com',
      'https://wixstudio.com',
      'https://*.wixstudio.com',
      'https://editorx.io',
      'https://*.editorx.io',
    ]);
    expect(policy['img-src']).toEqual(["'self'", 'https://static.wixstatic.com']);
  });

  it("adds the emulator's origin under both loopback names for forms and images", () => {
    const policy = directives(contentSecurityPolicy(emulator));
    const local = ['http://localhost:4010', 'http://127.0.0.1:4010'];
    expect(policy['form-action']!.slice(-2)).toEqual(local);
    expect(policy['img-src']).toEqual(["'self'", 'https://static.wixstatic.com', ...local]);
  });

  it("allows forms to a real-Wix proxy's pages (as the shop follows them) but no images from it", () => {
    const proxied = { ...realWix, wixApiUrl: 'https://wix-proxy.example.com/base' };
    const policy = directives(contentSecurityPolicy(proxied));
    expect(policy['form-action']).toContain('https://wix-proxy.example.com');
    expect(policy['img-src']).toEqual(["'self'", 'https://static.wixstatic.com']);
  });

  it('adds the hosts of WIX_MANAGED_PAGE_HOSTS, https only', () => {
    const origins = readShopOrigins({
      WIX_CLIENT_ID: 'abcd1234-real-client',
      WIX_MANAGED_PAGE_HOSTS: ' Checkout.Example.com, pay.example.org ',
    });
    const policy = directives(contentSecurityPolicy(origins));
    expect(policy['form-action']!.slice(-2)).toEqual([
      'https://checkout.example.com',
      'https://pay.example.org',
    ]);
  });

  it('refuses values that are not hosts or URLs rather than write them into the header', () => {
    const injected = { ...realWix, pageHosts: ["example.com; script-src 'unsafe-eval'"] };
    expect(() => contentSecurityPolicy(injected)).toThrow(
      `WIX_MANAGED_PAGE_HOSTS must list host names such as checkout.example.com, got "example.com; script-src 'unsafe-eval'"`,
    );
    expect(() => contentSecurityPolicy({ ...emulator, wixApiUrl: 'ftp://x' })).toThrow(
      'WIX_API_URL must be an http(s) URL, got "ftp://x"',
    );
    expect(() => securityHeaders({ ...realWix, siteUrl: 'not a url' })).toThrow(
      'SITE_URL must be an http(s) URL, got "not a url"',
    );
  });

  it("allows eval only in development, for React's development build", () => {
    const dev = readShopOrigins({ WIX_API_URL: 'http://127.0.0.1:4010', NODE_ENV: 'development' });
    expect(directives(contentSecurityPolicy(dev))['script-src']).toContain("'unsafe-eval'");
  });
});

describe('securityHeaders', () => {
  it('sends HSTS only when SITE_URL is https', () => {
    expect(header(securityHeaders(realWix), 'Strict-Transport-Security')).toBe(
      'max-age=63072000; includeSubDomains',
    );
    expect(header(securityHeaders(emulator), 'Strict-Transport-Security')).toBeUndefined();
  });

  it('denies powerful features and framing', () => {
    const headers = securityHeaders(emulator);
    const permissions = header(headers, 'Permissions-Policy')!.split(', ');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(permissions).toContain(`${feature}=()`);
    }
    expect(header(headers, 'X-Frame-Options')).toBe('DENY');
    expect(header(headers, 'X-Content-Type-Options')).toBe('nosniff');
  });
});

describe('readShopOrigins', () => {
  it('reads emulator mode from a missing WIX_CLIENT_ID, and the site default', () => {
    expect(emulator).toEqual({
      siteUrl: 'http://localhost:3000',
      wixApiUrl: 'http://127.0.0.1:4010',
      emulator: true,
      pageHosts: [],
      dev: false,
    });
    expect(realWix.emulator).toBe(false);
  });
});
