// What npm run lighthouse reports: the four category scores per route, against one target.

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const TARGET = 95;

/** The parts of a Lighthouse result (LH.Result) that the report reads. */
export type LighthouseResult = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string }>;
  /** How fast this machine was when the run began; a busy machine scores performance low. */
  environment: { benchmarkIndex: number };
};

/** One route's scores (0–100, null where Lighthouse could not score) and what cost points. */
export type RouteScores = {
  route: string;
  /** Kept out of search engines on purpose (noindex): its SEO score is shown, not held to the target. */
  noindex?: boolean;
  scores: Record<Category, number | null>;
  benchmarkIndex: number;
  /** Per category below 100: the titles of the weighted audits that did not pass. */
  lost: Partial<Record<Category, string[]>>;
};

export function toRouteScores(
  route: string,
  result: LighthouseResult,
  noindex = false,
): RouteScores {
  const scores = {} as Record<Category, number | null>;
  const lost: RouteScores['lost'] = {};
  for (const category of CATEGORIES) {
    const entry = result.categories[category];
    const score = entry?.score ?? null;
    scores[category] = score === null ? null : Math.round(score * 100);
    if (!entry || score === 1) continue;
    const failing = entry.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => result.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => audit!.title);
    if (failing.length) lost[category] = failing;
  }
  const benchmarkIndex = Math.round(result.environment.benchmarkIndex);
  return { route, ...(noindex ? { noindex } : {}), scores, benchmarkIndex, lost };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

/** Several runs of one route as one: each category's median, and the audits the median run lost. */
export function medianScores(runs: RouteScores[]): RouteScores {
  if (!runs.length) throw new Error('no Lighthouse runs to combine');
  const scores = {} as Record<Category, number | null>;
  for (const category of CATEGORIES) {
    const values = runs.map((r) => r.scores[category]).filter((s): s is number => s !== null);
    scores[category] = values.length ? median(values) : null;
  }
  const byPerformance = [...runs].sort(
    (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0),
  );
  const middle = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  const benchmarkIndex = median(runs.map((r) => r.benchmarkIndex));
  return { ...runs[0]!, scores, benchmarkIndex, lost: middle.lost };
}

const heldToTarget = (row: RouteScores, category: Category) => !(row.noindex && category === 'seo');

/** One line per score under the target (or that Lighthouse could not score). */
export function missedTargets(rows: RouteScores[], target = TARGET): string[] {
  return rows.flatMap((row) =>
    CATEGORIES.filter((c) => heldToTarget(row, c) && (row.scores[c] ?? 0) < target).map(
      (c) =>
        `${row.route}: ${c} ${row.scores[c] ?? 'not scored'}` +
        (row.lost[c] ? ` (${row.lost[c]!.join('; ')})` : ''),
    ),
  );
}

export function formatTable(rows: RouteScores[], target = TARGET): string {
  const header = ['route', ...CATEGORIES, 'benchmark index'];
  const lines = rows.map((row) => [
    row.route,
    ...CATEGORIES.map((c) => {
      const score = row.scores[c];
      if (!heldToTarget(row, c)) return `${score ?? '-'} *`;
      return score === null ? '-' : `${score}${score < target ? ' !' : ''}`;
    }),
    String(row.benchmarkIndex),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const note = rows.some((r) => r.noindex)
    ? `! under ${target}; * noindex on purpose: SEO not held to the target`
    : `! under ${target}`;
  return [line(header), ...lines.map(line), '', note].join('\n');
}
