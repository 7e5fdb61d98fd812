export type Measurement = {
  route: string;
  /**
   * Catalog and service pages are held to the catalog targets; cart views and adds to the cart
   * targets; a service page's month of free times to the calendar target.
   */
  kind?: 'catalog' | 'cart' | 'calendar';
  withCookie: boolean;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  views: number;
  upstreamCalls: number;
  anonymousGrants: number;
};

export type Targets = {
  minBaselineRatio: number;
  maxUpstreamPer1000: number;
  /** A catalog page viewed with a cart in the session costs Wix nothing. */
  maxUpstreamPer1000WithCart: number;
  /** A cart view or an add to the cart costs Wix at most one call. */
  maxUpstreamPerCartRequest: number;
  /** A month of free times on a service page costs Wix at most this many calls. */
  maxUpstreamPerCalendarMonth: number;
  maxFirstLoadKb: number;
};

export const TARGETS: Targets = {
  minBaselineRatio: 0.35,
  maxUpstreamPer1000: 5,
  maxUpstreamPer1000WithCart: 0,
  maxUpstreamPerCartRequest: 1,
  maxUpstreamPerCalendarMonth: 2,
  maxFirstLoadKb: 130,
};

const per1000 = (count: number, views: number) => (views ? (count / views) * 1000 : 0);

export type Row = Measurement & {
  baselineRatio: number;
  upstreamPer1000: number;
  grantsPer1000: number;
  firstLoadKb: number | null;
};

/** Adds the ratios the targets are stated in; the baseline is the same cookie mode's static file. */
export function toRows(
  measurements: Measurement[],
  baselineRoute: string,
  firstLoad: Record<string, number | undefined>,
): Row[] {
  return measurements.map((m) => {
    const baseline = measurements.find(
      (b) => b.route === baselineRoute && b.withCookie === m.withCookie,
    );
    return {
      ...m,
      baselineRatio: baseline ? m.requestsPerSecond / baseline.requestsPerSecond : 0,
      upstreamPer1000: per1000(m.upstreamCalls, m.views),
      grantsPer1000: per1000(m.anonymousGrants, m.views),
      firstLoadKb: firstLoad[m.route] ?? null,
    };
  });
}

/** Which targets a run missed (empty when all are met). */
export function missedTargets(rows: Row[], baselineRoute: string, targets = TARGETS): string[] {
  const missed: string[] = [];
  for (const row of rows.filter((r) => r.route !== baselineRoute)) {
    const label = `${row.route} (${row.withCookie ? 'with' : 'without'} cookie)`;
    if (row.kind === 'cart' || row.kind === 'calendar') {
      const perRequest = row.views ? row.upstreamCalls / row.views : 0;
      const limit =
        row.kind === 'cart'
          ? targets.maxUpstreamPerCartRequest
          : targets.maxUpstreamPerCalendarMonth;
      if (perRequest > limit) {
        missed.push(`${label}: ${perRequest.toFixed(2)} Wix calls per request`);
      }
      continue;
    }
    if (row.withCookie && row.upstreamPer1000 > targets.maxUpstreamPer1000WithCart) {
      missed.push(
        `${label}: ${row.upstreamPer1000.toFixed(1)} Wix calls per 1,000 views with a cart`,
      );
    }
    if (row.baselineRatio < targets.minBaselineRatio) {
      missed.push(`${label}: ${(row.baselineRatio * 100).toFixed(0)}% of the baseline's req/s`);
    }
    if (row.upstreamPer1000 > targets.maxUpstreamPer1000) {
      missed.push(`${label}: ${row.upstreamPer1000.toFixed(1)} upstream calls per 1,000 views`);
    }
    if (row.firstLoadKb !== null && row.firstLoadKb > targets.maxFirstLoadKb) {
      missed.push(`${label}: First Load JS ${row.firstLoadKb} kB`);
    }
  }
  return missed;
}

export function formatTable(rows: Row[]): string {
  const header = [
    'route',
    'cookie',
    'req/s',
    'vs base',
    'p50 ms',
    'p99 ms',
    'wix/1k',
    'grants/1k',
    'JS kB',
  ];
  const lines = rows.map((r) => [
    r.route,
    r.withCookie ? 'yes' : 'no',
    r.requestsPerSecond.toFixed(0),
    `${(r.baselineRatio * 100).toFixed(0)}%`,
    String(r.p50),
    String(r.p99),
    r.upstreamPer1000.toFixed(2),
    r.grantsPer1000.toFixed(2),
    r.firstLoadKb === null ? '-' : String(r.firstLoadKb),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [header, ...lines]
    .map((cells) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  '))
    .join('\n');
}
