// The soak's targets, the figures it prints, and which targets a run missed.
import type { LeftBehind } from './audit';
import type { CartCheck } from './cart-ledger';
import type { Outcome } from './classify';
import type { Example, RouteSummary } from './recorder';
import { MEASURED_PHASES } from './timeline';

export const TARGETS = {
  /** Storefront answers that are 5xx other than the friendly 503 pages, or no answer. */
  unfriendly5xx: 0,
  unexpected4xx: 0,
  /** RSS growth from the end of warm-up to the end, in percent: less than this. */
  rssGrowthPercent: 10,
  /** Units reported added but missing, or found without a reported add. */
  cartMismatch: 0,
};

export type CartFigures = CartCheck & {
  adds: number;
  /** Adds the shop answered as failed, by notice code. */
  failedAdds: Record<string, number>;
  checkouts: number;
  failedCheckouts: Record<string, number>;
  carried: number;
  /** Orders counted from Wix's checkout page because the thank-you page never showed them. */
  ordersFromCheckoutPage: number;
  leftBehind: LeftBehind;
};

export type SoakFigures = {
  requests: Record<Outcome['kind'], number>;
  routes: RouteSummary[];
  /** `phase\ttitle` → count. */
  friendly: Record<string, number>;
  degraded: Record<string, number>;
  expected4xx: Record<string, number>;
  failures: Example[];
  unexpected4xx: Example[];
  /** next-server's RSS after warm-up, just before the outage, at the end, and its peak. */
  rss: { start: number; middle: number; end: number; peak: number };
  cart: CartFigures;
  wix: { calls: number; injected: number };
  /** Journeys the soak itself could not finish (a hosted page answering oddly), by message. */
  journeyErrors: Record<string, number>;
};

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
export const growthPercent = ({ start, end }: { start: number; end: number }) =>
  ((end - start) / start) * 100;

function cell(figure: { count: number; p50: number; p99: number } | undefined): string {
  return figure
    ? `${Math.round(figure.p50)} / ${Math.round(figure.p99)} ms (${figure.count})`
    : '–';
}

export function formatRoutes(routes: RouteSummary[]): string {
  const header = ['route', ...MEASURED_PHASES.map((p) => `${p}: p50 / p99 (n)`)];
  const rows = routes.map((r) => [r.route, ...MEASURED_PHASES.map((p) => cell(r.phases[p]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [header, ...rows]
    .map((row) =>
      row
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const listed = (map: Record<string, number>) =>
  Object.entries(map).map(([key, n]) => `  ${key.replace('\t', ': ')}: ${n}`);
const examples = (list: Example[]) =>
  list.map((e) => `  ${e.route}, ${e.phase}: ${e.count} × ${e.what} (e.g. ${e.path})`);
const codes = (map: Record<string, number>) =>
  Object.entries(map)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ') || 'none';

export function formatReport(figures: SoakFigures): string {
  const { requests, rss, cart, wix } = figures;
  const left = cart.leftBehind;
  const lines = [
    `Storefront answers: ${requests.ok} ok, ${requests['expected-4xx']} expected 4xx, ${requests.friendly} friendly 503, ${requests['unexpected-4xx']} unexpected 4xx, ${requests.failure} other 5xx or no answer (target 0).`,
    ...examples(figures.failures),
    ...(figures.unexpected4xx.length
      ? ['Unexpected 4xx:', ...examples(figures.unexpected4xx)]
      : []),
    `Friendly 503 pages by phase:${Object.keys(figures.friendly).length ? '' : ' none'}`,
    ...listed(figures.friendly),
    ...(Object.keys(figures.degraded).length
      ? ['2xx pages showing a friendly error state:', ...listed(figures.degraded)]
      : []),
    ...(Object.keys(figures.expected4xx).length
      ? ['Expected 4xx:', ...listed(figures.expected4xx)]
      : []),
    '',
    formatRoutes(figures.routes),
    '',
    `RSS of next-server: ${mb(rss.start)} after warm-up, ${mb(rss.end)} at the end (${growthPercent(rss).toFixed(1)}%, target < ${TARGETS.rssGrowthPercent}%), peak ${mb(rss.peak)}; ${mb(rss.middle)} before the outage (${growthPercent({ start: rss.middle, end: rss.end }).toFixed(1)}% from there to the end).`,
    `Wix API calls: ${wix.calls}, of which ${wix.injected} answered an injected fault.`,
    `Cart: ${cart.adds} adds answered as done (${cart.expected} units; ${cart.carried} units carried into the member's cart at sign-in); adds answered as failed: ${codes(cart.failedAdds)}.`,
    `  ${cart.checkouts} orders placed (${cart.ordersFromCheckoutPage} counted from Wix's checkout page: the thank-you page could not show them); checkouts not placed: ${codes(cart.failedCheckouts)}.`,
    `  Found at the end: ${cart.found} units in carts + ${cart.ordered} units ordered; lost ${cart.lost}, unexpected ${cart.extra} (target: equal).`,
    ...cart.mismatches
      .slice(0, 10)
      .map((m) => `  ${m.owner}: ${m.item} expected ${m.expected}, found ${m.found}`),
    `  ${left.signIns} sign-ins carried ${left.carried} units to the member's cart; the visitor carts they left still hold ${left.stillThere} units${left.unread ? ` (${left.unread} could not be read)` : ''} (copied but not deleted: a duplicate at Wix; or never moved: then counted as lost above, out of the shopper's reach).`,
    ...(cart.unread.length
      ? [`  Carts that could not be read at the end: ${cart.unread.join(', ')}`]
      : []),
    ...(Object.keys(figures.journeyErrors).length
      ? ['Journeys the soak could not finish:', ...listed(figures.journeyErrors)]
      : []),
  ];
  return lines.join('\n');
}

export function missedTargets(figures: SoakFigures): string[] {
  const missed: string[] = [];
  const { requests, rss, cart } = figures;
  if (requests.failure > TARGETS.unfriendly5xx) {
    missed.push(
      `${requests.failure} storefront answers were 5xx other than the friendly 503, or no answer (target 0)`,
    );
  }
  if (requests['unexpected-4xx'] > TARGETS.unexpected4xx) {
    missed.push(
      `${requests['unexpected-4xx']} storefront answers were an unexpected 4xx (target 0)`,
    );
  }
  const growth = growthPercent(rss);
  if (!(growth < TARGETS.rssGrowthPercent)) {
    missed.push(
      `RSS grew ${growth.toFixed(1)}% after warm-up (target < ${TARGETS.rssGrowthPercent}%)`,
    );
  }
  if (cart.adds === 0) missed.push('no add to the cart succeeded, so nothing was checked');
  if (cart.lost > 0 || cart.extra > 0) {
    missed.push(`cart: ${cart.lost} units lost and ${cart.extra} unexpected (target: equal)`);
  }
  if (cart.unread.length) missed.push(`${cart.unread.length} carts could not be read at the end`);
  return missed;
}
