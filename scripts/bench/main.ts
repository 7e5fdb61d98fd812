// npm run bench: builds the shop, serves it with an emulator that adds 80 ms to every Wix call,
// and loads the catalog routes and a static baseline with autocannon, without a session and
// with a three-line cart in it; then the cart page and add-to-cart, and a service page's month
// of free times.
import autocannon from 'autocannon';
import { parseFirstLoadJs } from './build-output';
import { addToCartPost, cartCookie, post, type FormPost } from './cart';
import { build, resetStats, settledStats, SITE, start, stats, waitFor } from './processes';
import { reportOutcome } from './outcome';
import { formatTable, missedTargets, toRows, TARGETS, type Measurement } from './report';

const BASELINE = '/robots.txt';
const SERVICE = 'deep-tissue-massage';
const ROUTES = [
  '/',
  '/products',
  '/products/classic-linen-shirt',
  '/services',
  `/services/${SERVICE}`,
  BASELINE,
];
const CART_LINES: [string, number][] = [
  ['/products/organic-cotton-tee?size=M&color=Black', 2],
  ['/products/stoneware-coffee-mug?color=Forest', 1],
  ['/products/brass-reading-lamp', 1],
];
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_VIEWS = 3;
let cookielessViews = 0;
let cookielessGrants = 0;

type Load = {
  label: string;
  kind: 'catalog' | 'cart' | 'calendar';
  form?: FormPost;
  path?: string;
};

/** What a service page's calendar asks for: the free times of the next month, in the shopper's zone. */
function calendarMonth(): string {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 24 * 3600 * 1000).toISOString().slice(0, 10);
  return `/api/availability?service=${SERVICE}&from=${day(0)}&to=${day(31)}&tz=Europe%2FLondon`;
}

async function measure(load: Load, cookie: string | null): Promise<Measurement> {
  const path = load.form?.path ?? load.path ?? '/';
  const headers: Record<string, string> = cookie ? { cookie } : {};
  // Warm: the first view of a page may render it; the figures are for what follows.
  for (let i = 0; i < WARMUP_VIEWS; i++) {
    if (load.form) await post(load.form, cookie);
    else await fetch(`${SITE}${path}`, { headers });
  }
  const warm = await stats();
  if (!cookie) {
    cookielessViews += WARMUP_VIEWS;
    cookielessGrants += warm.grants.anonymous ?? 0;
  }
  await resetStats();
  const result = await autocannon({
    url: `${SITE}${path}`,
    connections: 20,
    duration: DURATION,
    ...(load.form
      ? {
          method: 'POST' as const,
          body: load.form.body,
          headers: {
            ...headers,
            'content-type': load.form.contentType,
            origin: SITE,
            referer: `${SITE}${load.form.path}`,
          },
        }
      : { headers }),
  });
  // Requests still in flight when the run stopped are still served (and may call Wix).
  const after = await settledStats();
  const failed = result.non2xx - (load.form ? result['3xx'] : 0);
  if (failed > 0) throw new Error(`${load.label}: ${failed} answers were not 2xx`);
  if (!cookie) {
    cookielessViews += result.requests.total;
    cookielessGrants += after.grants.anonymous ?? 0;
  }
  return {
    route: load.label,
    kind: load.kind,
    withCookie: cookie !== null,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    views: result.requests.sent,
    upstreamCalls: after.requests.total,
    anonymousGrants: after.grants.anonymous ?? 0,
  };
}

const catalogLoad = (path: string): Load => ({ label: path, kind: 'catalog', path });
const firstLoad = parseFirstLoadJs(await build());
const server = start();
try {
  await waitFor(`${SITE}${BASELINE}`);
  // Counted from the server's start, so the catalog's one shared grant is in the figure.
  await resetStats();
  const measurements: Measurement[] = [];
  const report = (load: Load, cookie: string | null) =>
    console.log(
      `Loading ${load.label} ${cookie ? 'with a cart' : 'without a session'} for ${DURATION} s…`,
    );
  for (const path of ROUTES) {
    report(catalogLoad(path), null);
    measurements.push(await measure(catalogLoad(path), null));
  }
  const cookie = await cartCookie(CART_LINES);
  const loads: Load[] = [
    ...ROUTES.map(catalogLoad),
    { label: '/cart', kind: 'cart', path: '/cart' },
    { label: 'POST add to cart', kind: 'cart', form: await addToCartPost(CART_LINES[1]![0], 1) },
    { label: 'calendar month', kind: 'calendar', path: calendarMonth() },
  ];
  for (const load of loads) {
    report(load, cookie);
    measurements.push(await measure(load, cookie));
  }
  const grantSummary = `${cookielessGrants} anonymous grants for ${cookielessViews} cookieless views since the server started (target: at most 1 per process)`;
  const routeOf = (route: string) =>
    route === '/products'
      ? '/listing/[key]'
      : route.startsWith('/products/')
        ? '/products/[slug]'
        : route.startsWith('/services/')
          ? '/services/[slug]'
          : route;
  const rows = toRows(
    measurements,
    BASELINE,
    Object.fromEntries(ROUTES.map((r) => [r, firstLoad[routeOf(r)]])),
  );
  console.log(`\n${formatTable(rows)}\n\n${grantSummary}`);
  const missed = missedTargets(rows, BASELINE);
  if (cookielessGrants > 1) missed.push(grantSummary);
  reportOutcome('bench', TARGETS, missed, {
    durationSeconds: DURATION,
    rows,
    cookielessViews,
    cookielessGrants,
  });
} finally {
  server.kill('SIGTERM');
}
