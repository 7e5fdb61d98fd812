import { describe, expect, it } from 'vitest';
import { parseFirstLoadJs } from './build-output';

const output = `
Route (app)                                                    Size  First Load JS  Revalidate  Expire
┌ ○ /                                                         173 B         112 kB          5m      1y
├ ƒ /account                                                  149 B         103 kB
├ ● /listing/[key]                                            435 B         112 kB          5m      1y
├   ├ /listing/all                                                                          5m      1y
├ ● /products/[slug]                                        2.47 kB         114 kB          5m      1y
└ ○ /sitemap.xml                                              149 B         103 kB          5m      1y
+ First Load JS shared by all                                103 kB
`;

describe('parseFirstLoadJs', () => {
  it('reads each route row and skips the prerendered paths under it', () => {
    expect(parseFirstLoadJs(output)).toEqual({
      '/': 112,
      '/account': 103,
      '/listing/[key]': 112,
      '/products/[slug]': 114,
      '/sitemap.xml': 103,
    });
  });
});
