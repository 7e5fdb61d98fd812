import { describe, expect, it } from 'vitest';
import { parseMask } from './mask';

describe('parseMask', () => {
  it('reads the comma-separated string the SDK sends, and arrays', () => {
    expect(parseMask('name,allowedRedirectUris')).toEqual({
      ok: true,
      paths: ['name', 'allowedRedirectUris'],
    });
    expect(parseMask(['loginUrl', ' logoutUrl '])).toEqual({
      ok: true,
      paths: ['loginUrl', 'logoutUrl'],
    });
  });

  it('accepts snake_case and oAuthApp.-prefixed paths, once each', () => {
    expect(parseMask('allowed_redirect_domains,oAuthApp.name,name')).toEqual({
      ok: true,
      paths: ['allowedRedirectDomains', 'name'],
    });
  });

  it('refuses a missing mask and names every path that cannot be updated', () => {
    expect(parseMask(undefined)).toMatchObject({ ok: false });
    const result = parseMask('name,technology,secret');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => v.description)).toEqual([
      expect.stringContaining('path "technology" cannot be updated'),
      expect.stringContaining('path "secret" cannot be updated'),
    ]);
  });
});
