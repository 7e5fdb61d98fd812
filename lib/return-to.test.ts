import { describe, expect, it } from 'vitest';
import { sanitizeReturnTo } from './return-to';

describe('sanitizeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/account', '/account'],
    ['/products/red-shirt?color=red#reviews', '/products/red-shirt?color=red#reviews'],
    ['/search?q=%20blue', '/search?q=%20blue'],
    ['/a/../account', '/account'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(sanitizeReturnTo(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'account',
    'https://evil.example',
    'http://localhost:3000/account',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '/%2F%2Fevil.example',
    '/%2f%2fevil.example',
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%252F%252Fevil.example',
    'javascript:alert(1)',
    '/javascript:alert(1)\n',
    '/account\r\nSet-Cookie: x=1',
    '/account%0d%0aLocation:%20https://evil.example',
    '/account\u0000',
    '/\tevil',
    '/%E0%A4%A',
    `/${'a'.repeat(300)}`,
    '/.//evil.example',
    '/..//evil.example',
    '/%2e//evil.example',
    '/a/..//evil.example',
    '/auth/callback?code=x&state=y',
  ])('falls back to / for %j', (input) => {
    expect(sanitizeReturnTo(input)).toBe('/');
  });
});
