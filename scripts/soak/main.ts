// npm run soak [-- --minutes 10 --connections 20 --fault-rate 0.01 --outage-seconds 30]:
// builds the shop (`--reuse-build` skips it), serves it on :3900 with an emulator on :4910
// that fails 1% of Wix calls, and runs virtual shoppers against it (catalog, searches,
// sign-ins, cart adds, checkouts) with a Wix outage in the middle. Prints the 5xx that were
// not the friendly 503, p50/p99 per route before, during and after the outage, next-server's
// RSS after warm-up and at the end, and whether every add the shop confirmed is in a cart or
// an order; exits 1 when a target is missed.
import { existsSync } from 'node:fs';
import { shopProcesses, waitFor } from '../bench/processes';
import { reportOutcome } from '../bench/outcome';
import { findNextServer, rssOf } from '../bench-abuse/probes';
import { account } from './account-journeys';
import { parseSoakArgs, UsageError } from './args';
import { readAllCarts, readLeftBehind } from './audit';
import { Browser } from './browser';
import { addToCart, checkout } from './cart-journeys';
import { CartLedger } from './cart-ledger';
import { loadTargets } from './catalog';
import { setFaults, setOutage, wixCounters } from './control';
import { Recorder } from './recorder';
import { formatReport, missedTargets, TARGETS, type SoakFigures } from './report';
import { newTally, Shopper, type World } from './shopper';
import { planTimeline } from './timeline';

const PORT = 3900;
const EMULATOR = `http://127.0.0.1:${PORT + 1010}`;
const DIST = '.next-soak';
const JOURNEYS = { 'cart add': addToCart, checkout, account };

let options;
try {
  options = parseSoakArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const shop = shopProcesses({
  distDir: DIST,
  dataDir: '.emulator-data/soak',
  emulatorFlags: [],
  port: PORT,
});
if (options.reuseBuild && existsSync(`${DIST}/BUILD_ID`))
  console.log(`Reusing the build in ${DIST}.`);
else {
  console.log(`Building into ${DIST}…`);
  await shop.build();
}

const launcher = shop.start();
const stop = () => {
  if (launcher.exitCode === null) launcher.kill('SIGTERM');
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
const timers: NodeJS.Timeout[] = [];
const at = (ms: number, what: string, work: () => unknown) =>
  timers.push(
    setTimeout(async () => {
      console.log(`${(ms / 1000).toFixed(0)} s: ${what}`);
      await Promise.resolve(work()).catch((error: Error) =>
        console.error(`${what} failed: ${error.message}`),
      );
    }, ms),
  );

try {
  await waitFor(`${shop.site}/robots.txt`);
  const server = findNextServer(launcher.pid!);
  if (server === null) throw new Error('could not find the next-server process');
  const targets = await loadTargets(EMULATOR);
  const timeline = planTimeline(options.minutes, options.outageSeconds);
  const recorder = new Recorder(timeline);
  const world: World = {
    ledger: new CartLedger(),
    targets,
    tally: newTally(),
    random: Math.random,
    signIns: [],
  };
  await setFaults(EMULATOR, options.faultRate, options.faultStatus);
  const started = performance.now();
  const clock = () => performance.now() - started;
  const browser = () => new Browser(shop.site, recorder, clock);
  const shoppers = Array.from(
    { length: options.connections },
    (_, i) => new Shopper(i + 1, browser(), world),
  );
  const rss = { start: 0, middle: 0, end: 0, peak: 0 };
  console.log(
    `${options.connections} shoppers for ${options.minutes} min, ${options.faultRate * 100}% of Wix calls failing with ${options.faultStatus}…`,
  );
  at(
    timeline.warmUpEnd,
    'warm-up over, RSS measured from here',
    () => (rss.start = rss.peak = rssOf(server)),
  );
  at(timeline.outageStart, `Wix outage for ${options.outageSeconds} s`, () => {
    rss.middle = rssOf(server);
    return setOutage(EMULATOR, true);
  });
  at(timeline.outageEnd, 'Wix is back', () => setOutage(EMULATOR, false));
  const sampler = setInterval(() => {
    if (rss.start) rss.peak = Math.max(rss.peak, rssOf(server));
  }, 1000);
  const progress = setInterval(() => {
    const { counts } = recorder;
    const answers = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `${(clock() / 1000).toFixed(0)} s: ${answers} answers, ${counts.failure} unfriendly 5xx, ${counts.friendly} friendly 503, ${world.tally.adds} adds, RSS ${(rssOf(server) / 1024 / 1024).toFixed(0)} MB`,
    );
  }, 30_000);
  timers.push(sampler, progress);
  await Promise.all(
    shoppers.map(async (shopper) => {
      while (clock() < timeline.end) await shopper.step(JOURNEYS);
    }),
  );
  rss.end = rssOf(server);
  const wix = await wixCounters(EMULATOR);
  recorder.close();
  console.log('Traffic over: Wix healthy again, reading every cart…');
  await setFaults(EMULATOR, 0, options.faultStatus);
  await setOutage(EMULATOR, false);
  const auditor = new Shopper(0, new Browser(shop.site, new Recorder(timeline), clock), world);
  const { found, unread } = await readAllCarts(shoppers, auditor);
  const leftBehind = await readLeftBehind(world.signIns, (cookie) => {
    const shopper = new Shopper(0, new Browser(shop.site, new Recorder(timeline), clock), world);
    shopper.browser.shopCookies.store(cookie.split('; '));
    return shopper;
  });
  const { tally, ledger } = world;
  const figures: SoakFigures = {
    requests: { ...recorder.counts },
    routes: recorder.summary(),
    friendly: Object.fromEntries(recorder.friendly),
    degraded: Object.fromEntries(recorder.degraded),
    expected4xx: Object.fromEntries(recorder.expected4xx),
    failures: recorder.failures,
    unexpected4xx: recorder.unexpected4xx,
    rss,
    cart: {
      ...ledger.check(found, unread),
      adds: tally.adds,
      failedAdds: tally.failedAdds,
      checkouts: tally.checkouts,
      failedCheckouts: tally.failedCheckouts,
      carried: ledger.carriedUnits,
      ordersFromCheckoutPage: tally.ordersFromCheckoutPage,
      leftBehind,
    },
    wix,
    journeyErrors: tally.journeyErrors,
  };
  console.log(`\n${formatReport(figures)}\n`);
  reportOutcome('soak', TARGETS, missedTargets(figures), { options, timeline, ...figures });
} finally {
  for (const timer of timers) clearTimeout(timer);
  stop();
}
