// npm run lighthouse [-- --runs N]: builds the shop into its own dist dir, serves it with an
// emulator on ports of its own (:3800, :4810), and runs Lighthouse (mobile, the four default
// categories) on the catalog, cart and service routes; prints the scores per route (the median
// of N runs) and exits 1 when one is under the target.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { reportOutcome } from '../bench/outcome';
import { shopProcesses, waitFor } from '../bench/processes';
import { launchChromium } from './chromium';
import {
  CATEGORIES,
  formatTable,
  medianScores,
  missedTargets,
  TARGET,
  toRouteScores,
  type LighthouseResult,
  type RouteScores,
} from './scores';

// The cart is seen as a new visitor sees it: empty, with a fresh session. It is kept out of
// search engines on purpose (noindex and robots.txt), so its SEO score is not held to the target.
const ROUTES: { path: string; noindex?: true }[] = [
  { path: '/' },
  { path: '/products' },
  { path: '/products/classic-linen-shirt' },
  { path: '/collections/knitwear' },
  { path: '/cart', noindex: true },
  { path: '/services' },
  { path: '/services/deep-tissue-massage' },
];
const REPORTS = 'bench-results/lighthouse';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number from 1 up');

const shop = shopProcesses({
  distDir: '.next-lighthouse',
  dataDir: '.emulator-data/lighthouse',
  emulatorFlags: [],
  port: 3800,
});

async function audit(port: number, route: string): Promise<LighthouseResult> {
  const result = await lighthouse(`${shop.site}${route}`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
  if (result.lhr.runtimeError) {
    throw new Error(`Lighthouse on ${route}: ${result.lhr.runtimeError.message}`);
  }
  // The whole report, for the Lighthouse viewer or a closer look at an audit.
  const name = route === '/' ? 'home' : route.slice(1).replaceAll('/', '_');
  writeFileSync(`${REPORTS}/${name}.json`, result.report as string);
  return result.lhr;
}

console.log('Building (production, into .next-lighthouse)…');
await shop.build();
const server = shop.start();
const browser = await launchChromium().catch(async (error: unknown) => {
  server.kill('SIGTERM');
  throw error;
});
try {
  await waitFor(`${shop.site}/robots.txt`);
  mkdirSync(REPORTS, { recursive: true });
  console.log(`Lighthouse (mobile) in ${browser.path}, ${runs} run(s) per route…`);
  const rows: RouteScores[] = [];
  for (const { path: route, noindex } of ROUTES) {
    const answer = await fetch(`${shop.site}${route}`);
    if (!answer.ok) throw new Error(`${route} answered ${answer.status}`);
    // Warm, not counted: the first view may render the page and resize its images for this
    // screen; the scores are for what visitors get after.
    await audit(browser.port, route);
    const results: RouteScores[] = [];
    for (let i = 0; i < runs; i++) {
      results.push(toRouteScores(route, await audit(browser.port, route), noindex));
    }
    rows.push(medianScores(results));
    console.log(`  ${route} done`);
  }
  console.log(`\n${formatTable(rows)}`);
  console.log(
    'benchmark index: how fast Lighthouse found this machine (a busy one scores performance low)\n',
  );
  reportOutcome('lighthouse', { minScore: TARGET }, missedTargets(rows), {
    runsPerRoute: runs,
    rows,
  });
} finally {
  server.kill('SIGTERM');
  await browser.close();
}
