import { describe, expect, it } from 'vitest';
import { redirectDomainProblem, redirectUriProblem, validateAppFields } from './validate';

describe('redirectUriProblem', () => {
  it.each([
    'http://localhost:3000/auth/callback',
    'https://shop.example.com/cb?x=1',
    'http://127.0.0.1:3000/',
  ])('accepts %s', (uri) => expect(redirectUriProblem(uri)).toBeNull());

  it.each([
    ['http://x.test/cb#f', 'fragment'],
    ['https://*.x.test/cb', 'wildcards'],
    ['/auth/callback', 'absolute'],
    ['ftp://x.test/', 'http or https'],
    ['javascript:alert(1)', 'http or https'],
    ['http://x.test/a b', 'spaces'],
  ])('refuses %s (%s)', (uri, words) => expect(redirectUriProblem(uri)).toContain(words));
});

describe('redirectDomainProblem', () => {
  it.each(['localhost:3000', 'shop.example.com', '127.0.0.1:8080', 'SHOP.Example.com'])(
    'accepts %s',
    (domain) => expect(redirectDomainProblem(domain)).toBeNull(),
  );

  it.each([
    ['https://shop.test', 'without a scheme'],
    ['shop.test/path', 'without a path'],
    ['*.shop.test', 'wildcards'],
    ['shop.test:99999', 'port'],
    ['shop_test', 'host name'],
    ['', 'host name'],
  ])('refuses %s (%s)', (domain, words) => expect(redirectDomainProblem(domain)).toContain(words));
});

describe('validateAppFields', () => {
  it('checks name length (2-256, blank-trimmed)', () => {
    expect(validateAppFields({ name: 'ab' })).toEqual([]);
    expect(validateAppFields({ name: ' a ' })[0]?.field).toBe('oAuthApp.name');
    expect(validateAppFields({ name: 'x'.repeat(257) })).toHaveLength(1);
  });

  it('names list entries by index, and caps lists at 20', () => {
    const uris = ['http://a.test/cb', 'http://a.test/cb', 'bad'];
    expect(validateAppFields({ allowedRedirectUris: uris })).toEqual([
      { field: 'oAuthApp.allowedRedirectUris[1]', description: 'is listed twice' },
      { field: 'oAuthApp.allowedRedirectUris[2]', description: 'must be an absolute http(s) URL' },
    ]);
    const domains = Array.from({ length: 21 }, (_, i) => `d${i}.test`);
    expect(validateAppFields({ allowedRedirectDomains: domains })).toEqual([
      {
        field: 'oAuthApp.allowedRedirectDomains',
        description: 'must have at most 20 entries, got 21',
      },
    ]);
  });

  it('accepts empty or null login/logout URLs and refuses non-http ones', () => {
    expect(validateAppFields({ loginUrl: null, logoutUrl: '' })).toEqual([]);
    expect(validateAppFields({ logoutUrl: 'mailto:x@y.z' })[0]?.field).toBe('oAuthApp.logoutUrl');
  });
});
