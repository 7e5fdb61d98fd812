import { describe, expect, it } from 'vitest';
import { entryBytes } from './entry-size.mjs';

const BASE = 256;

describe('entryBytes', () => {
  it('counts a page: its html, RSC payload, segments and headers', () => {
    const value = {
      kind: 'APP_PAGE',
      html: 'x'.repeat(1000),
      rscData: Buffer.alloc(500),
      segmentData: new Map([['/_index', Buffer.alloc(200)]]),
      headers: { a: 'b' },
      status: 200,
    };
    expect(entryBytes('key', value)).toBe(BASE + 3 + 1000 + 500 + '/_index'.length + 200 + 9);
  });

  it('counts text V8 keeps as UTF-16 twice', () => {
    const ascii = entryBytes('k', { kind: 'APP_PAGE', html: 'a'.repeat(100) });
    const wide = entryBytes('k', { kind: 'APP_PAGE', html: `${'a'.repeat(99)}…` });
    expect(wide - ascii).toBe(100);
  });

  it('counts a data-cache answer by its JSON', () => {
    const data = { headers: {}, body: '[1,2,3]', status: 200, url: '' };
    expect(entryBytes('k', { kind: 'FETCH', data, revalidate: 300 })).toBe(
      BASE + 1 + JSON.stringify(data).length,
    );
  });

  it('counts a route handler body in bytes and an empty entry by its key', () => {
    expect(entryBytes('k', { kind: 'APP_ROUTE', body: Buffer.alloc(64), headers: {} })).toBe(
      BASE + 1 + 64 + 2,
    );
    expect(entryBytes('key', null)).toBe(BASE + 3);
  });
});
