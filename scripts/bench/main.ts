// npm run bench: builds the shop, serves it with an emulator that adds 80 ms to every Wix call,
// and loads the catalog routes and a static baseline with autocannon, with and without a session.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { parseFirstLoadJs } from './build-output';
import { formatTable, missedTargets, toRows, TARGETS, type Measurement } from './report';

const PORT = 3500;
const EMULATOR = `http://127.0.0.1:${PORT + 1010}`;
const SITE = `http://localhost:${PORT}`;
const BASELINE = '/robots.txt';
const ROUTES = ['/', '/products', '/products/classic-linen-shirt', BASELINE];
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const env = {
  ...process.env,
  SITE_URL: SITE,
  NEXT_DIST_DIR: '.next-bench',
  NEXT_TELEMETRY_DISABLED: '1',
};
const emulatorFlags = ['--site-origin', SITE, '--latency', '80'];

function run(args: string[], capture: boolean): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/run.ts', ...args], {
    env,
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function build(): Promise<string> {
  console.log('Building (production, emulator with 80 ms latency)…');
  const { child, output } = run(
    [
      'build',
      '--fresh',
      '--emulator',
      '--emulator-port',
      String(PORT + 1010),
      '--',
      '--data-dir',
      '.emulator-data/bench-build',
      '--reset',
      ...emulatorFlags,
    ],
    true,
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  return output();
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

const stats = () =>
  fetch(`${EMULATOR}/__emulator/stats`).then(
    (r) => r.json() as Promise<{ requests: { total: number }; grants: Record<string, number> }>,
  );
const resetStats = () => fetch(`${EMULATOR}/__emulator/stats/reset`, { method: 'POST' });

async function sessionCookie(): Promise<string> {
  const response = await fetch(`${SITE}/api/session`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('the shop set no session cookie on /api/session');
  return cookie;
}

const WARMUP_VIEWS = 3;
let cookielessViews = 0;
let cookielessGrants = 0;

async function measure(route: string, cookie: string | null): Promise<Measurement> {
  const headers = cookie ? { cookie } : undefined;
  // Warm: the first view of a page may render it; the figures are for what follows.
  for (let i = 0; i < WARMUP_VIEWS; i++) await fetch(`${SITE}${route}`, { headers });
  const warm = await stats();
  if (!cookie) {
    cookielessViews += WARMUP_VIEWS;
    cookielessGrants += warm.grants.anonymous ?? 0;
  }
  await resetStats();
  const result = await autocannon({
    url: `${SITE}${route}`,
    connections: 20,
    duration: DURATION,
    headers,
  });
  const after = await stats();
  if (result.non2xx > 0) throw new Error(`${route}: ${result.non2xx} answers were not 2xx`);
  if (!cookie) {
    cookielessViews += result.requests.total;
    cookielessGrants += after.grants.anonymous ?? 0;
  }
  return {
    route,
    withCookie: cookie !== null,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    views: result.requests.total,
    upstreamCalls: after.requests.total,
    anonymousGrants: after.grants.anonymous ?? 0,
  };
}

const buildOutput = await build();
const firstLoad = parseFirstLoadJs(buildOutput);
const server = run(
  [
    'start',
    '--emulator',
    '--port',
    String(PORT),
    '--emulator-port',
    String(PORT + 1010),
    '--',
    '--data-dir',
    '.emulator-data/bench',
    '--reset',
    ...emulatorFlags,
  ],
  false,
);
try {
  await waitFor(`${SITE}${BASELINE}`);
  // Counted from the server's start, so the catalog's one shared grant is in the figure.
  await resetStats();
  const measurements: Measurement[] = [];
  let cookie: string | null = null;
  for (const withCookie of [false, true]) {
    if (withCookie) cookie = await sessionCookie();
    for (const route of ROUTES) {
      console.log(
        `Loading ${route} ${withCookie ? 'with' : 'without'} a session cookie for ${DURATION} s…`,
      );
      measurements.push(await measure(route, cookie));
    }
  }
  const grantSummary = `${cookielessGrants} anonymous grants for ${cookielessViews} cookieless views since the server started (target: at most 1 per process)`;
  const routeOf = (route: string) =>
    route === '/products'
      ? '/listing/[key]'
      : route.startsWith('/products/')
        ? '/products/[slug]'
        : route;
  const rows = toRows(
    measurements,
    BASELINE,
    Object.fromEntries(ROUTES.map((r) => [r, firstLoad[routeOf(r)]])),
  );
  console.log(`\n${formatTable(rows)}\n\n${grantSummary}`);
  const missed = missedTargets(rows, BASELINE);
  if (cookielessGrants > 1) missed.push(grantSummary);
  console.log(
    missed.length
      ? `Missed targets:\n- ${missed.join('\n- ')}`
      : `All targets met (${JSON.stringify(TARGETS)}).`,
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    `${JSON.stringify({ date: new Date().toISOString(), durationSeconds: DURATION, targets: TARGETS, rows, cookielessViews, cookielessGrants, missed }, null, 2)}\n`,
  );
  console.log('Written to bench-results/bench.json');
  process.exitCode = missed.length ? 1 : 0;
} finally {
  server.child.kill('SIGTERM');
}
