// npm run bench:abuse [-- --reuse-build]: what endless random URLs cost the server. Builds the
// shop once, serves it with an emulator on ports of its own, warms up, then sends random search
// URLs and random product slugs and prints, per phase, the dist dir's growth, the server's RSS
// above warm and the Wix calls made; exits 1 when a target is missed.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resetStats, settledStats, shopProcesses, SITE, waitFor } from '../bench/processes';
import { dirUsage, findNextServer, rssOf } from './probes';
import { reportOutcome } from '../bench/outcome';
import { formatPhases, missedTargets, TARGETS, type Phase } from './report';

const DIST = '.next-abuse';
const COUNT = Number(process.env.ABUSE_COUNT ?? 10_000);
const CONCURRENCY = Number(process.env.ABUSE_CONCURRENCY ?? 8);
const WARMUP = 500;
const REPEATS = 1_000;
const REAL_PAGES = ['/', '/products', '/products/classic-linen-shirt', '/products?q=linen'];

const shop = shopProcesses({ distDir: DIST, dataDir: '.emulator-data/abuse', emulatorFlags: [] });
const word = () => randomBytes(9).toString('hex');
const searches = (n: number) => Array.from({ length: n }, () => `/products?q=${word()}`);
const slugs = (n: number) => Array.from({ length: n }, () => `/products/${word()}-${word()}`);

async function buildOnce(): Promise<void> {
  if (process.argv.includes('--reuse-build') && existsSync(`${DIST}/BUILD_ID`)) {
    console.log(`Reusing the build in ${DIST}.`);
    return;
  }
  console.log(`Building into ${DIST}…`);
  await shop.build();
}

/** Fetches every path with `concurrency` at a time; answers counted by status. */
async function load(paths: string[], concurrency: number): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  let next = 0;
  async function worker() {
    while (next < paths.length) {
      const path = paths[next++]!;
      const status = await fetch(`${SITE}${path}`, { redirect: 'manual' }).then(
        async (response) => {
          await response.arrayBuffer();
          return String(response.status);
        },
        () => 'network error',
      );
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

type PhaseSpec = Pick<Phase, 'name' | 'expectedStatus' | 'wixTarget'> & { paths: string[] };

async function run(spec: PhaseSpec, server: number, warmRss: number): Promise<Phase> {
  const distBefore = dirUsage(DIST);
  await resetStats();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server))), 250);
  console.log(`${spec.name}: ${spec.paths.length} requests, ${CONCURRENCY} at a time…`);
  const started = performance.now();
  const statuses = await load(spec.paths, CONCURRENCY);
  const seconds = (performance.now() - started) / 1000;
  const wixCalls = (await settledStats()).requests.total;
  clearInterval(sampler);
  const rss = rssOf(server);
  const distAfter = dirUsage(DIST);
  const { paths, ...rest } = spec;
  return {
    ...rest,
    requests: paths.length,
    statuses,
    seconds,
    wixCalls,
    dist: { bytes: distAfter.bytes - distBefore.bytes, files: distAfter.files - distBefore.files },
    rssAboveWarm: rss - warmRss,
    peakRssAboveWarm: Math.max(peak, rss) - warmRss,
  };
}

await buildOnce();
const launcher = shop.start();
try {
  await waitFor(`${SITE}/robots.txt`);
  const server = findNextServer(launcher.pid!);
  if (server === null) throw new Error('could not find the next-server process');
  console.log(`Warming up (real pages, ${WARMUP} searches and ${WARMUP} slugs)…`);
  for (let i = 0; i < 3; i++) await load(REAL_PAGES, 1);
  await load([...searches(WARMUP), ...slugs(WARMUP)], CONCURRENCY);
  const warmRss = rssOf(server);
  const randomSlugs = slugs(COUNT);
  const phases: Phase[] = [];
  const specs: PhaseSpec[] = [
    { name: 'random searches', paths: searches(COUNT), expectedStatus: 200, wixTarget: 'none' },
    { name: 'random slugs', paths: randomSlugs, expectedStatus: 404, wixTarget: 'per-slug' },
    {
      name: 'the same slugs again',
      paths: randomSlugs.slice(0, REPEATS),
      expectedStatus: 404,
      wixTarget: 'zero',
    },
    // Pages shoppers revisit survive the flood (they may still refresh once their 5 min are up).
    { name: 'real pages after', paths: REAL_PAGES, expectedStatus: 200, wixTarget: 'none' },
  ];
  for (const spec of specs) phases.push(await run(spec, server, warmRss));
  console.log(`\nWarm RSS ${(warmRss / 1024 / 1024).toFixed(0)} MB.\n${formatPhases(phases)}\n`);
  const missed = missedTargets(phases);
  reportOutcome('bench-abuse', TARGETS, missed, {
    count: COUNT,
    concurrency: CONCURRENCY,
    warmRss,
    phases,
  });
} finally {
  launcher.kill('SIGTERM');
}
