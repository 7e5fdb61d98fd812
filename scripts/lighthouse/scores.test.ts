import { describe, expect, it } from 'vitest';
import {
  formatTable,
  medianScores,
  missedTargets,
  toRouteScores,
  type LighthouseResult,
  type RouteScores,
} from './scores';

function result(scores: Record<string, number | null>): LighthouseResult {
  return {
    categories: Object.fromEntries(
      Object.entries(scores).map(([id, score]) => [
        id,
        {
          score,
          auditRefs: [
            { id: `${id}-audit`, weight: 1 },
            { id: 'unweighted', weight: 0 },
          ],
        },
      ]),
    ),
    audits: {
      ...Object.fromEntries(
        Object.entries(scores).map(([id, score]) => [
          `${id}-audit`,
          { score, title: `${id} audit` },
        ]),
      ),
      unweighted: { score: 0, title: 'informative only' },
    },
    environment: { benchmarkIndex: 1234.5 },
  };
}

const perfect = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };
const row = (route: string, performance: number, lost: RouteScores['lost'] = {}): RouteScores => ({
  route,
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  benchmarkIndex: 1000 + performance,
  lost,
});

describe('toRouteScores', () => {
  it('rounds scores to 0–100 and lists only the weighted audits that failed', () => {
    const scores = toRouteScores('/', result({ ...perfect, performance: 0.874, seo: null }));
    expect(scores.scores).toEqual({
      performance: 87,
      accessibility: 100,
      'best-practices': 100,
      seo: null,
    });
    expect(scores.lost).toEqual({ performance: ['performance audit'] });
    expect(scores.benchmarkIndex).toBe(1235);
  });

  it('marks a route kept out of search engines', () => {
    expect(toRouteScores('/cart', result(perfect), true).noindex).toBe(true);
    expect(toRouteScores('/', result(perfect))).not.toHaveProperty('noindex');
  });

  it('keeps a category Lighthouse left out as not scored', () => {
    const { seo, ...rest } = perfect;
    expect(seo).toBe(1);
    expect(toRouteScores('/', result(rest)).scores.seo).toBeNull();
  });
});

describe('medianScores', () => {
  it('takes the median of each category and the lost audits of the median run', () => {
    const combined = medianScores([
      row('/', 90, { performance: ['slow'] }),
      row('/', 70, { performance: ['slower'] }),
      row('/', 99),
    ]);
    expect(combined.scores.performance).toBe(90);
    expect(combined.benchmarkIndex).toBe(1090);
    expect(combined.lost).toEqual({ performance: ['slow'] });
  });

  it('averages the middle pair of an even number of runs', () => {
    expect(medianScores([row('/', 94), row('/', 97)]).scores.performance).toBe(96);
  });

  it('refuses to combine no runs', () => {
    expect(() => medianScores([])).toThrow(/no Lighthouse runs/);
  });
});

describe('missedTargets', () => {
  it('names each score under the target with what cost the points', () => {
    expect(
      missedTargets([
        row('/', 95),
        row('/cart', 94, { performance: ['Largest Contentful Paint'] }),
      ]),
    ).toEqual(['/cart: performance 94 (Largest Contentful Paint)']);
  });

  it('counts a score Lighthouse could not give as missed', () => {
    const unscored = { ...row('/', 100), scores: { ...row('/', 100).scores, seo: null } };
    expect(missedTargets([unscored])).toEqual(['/: seo not scored']);
  });
});

describe('formatTable', () => {
  it('marks the scores under the target', () => {
    const table = formatTable([row('/', 100), row('/products', 80)]);
    expect(table.split('\n')).toEqual([
      'route      performance  accessibility  best-practices  seo  benchmark index',
      '/          100          100            100             100  1100',
      '/products  80 !         100            100             100  1080',
      '',
      '! under 95',
    ]);
  });

  it("shows a noindex route's SEO score apart, without holding it to the target", () => {
    const cart = { ...row('/cart', 100), noindex: true };
    cart.scores.seo = 54;
    expect(missedTargets([cart])).toEqual([]);
    const lines = formatTable([cart]).split('\n');
    expect(lines[1]).toMatch(/^\/cart\s+100\s+100\s+100\s+54 \*\s+1100$/);
    expect(lines.at(-1)).toBe('! under 95; * noindex on purpose: SEO not held to the target');
  });
});
