// A virtual shopper: one browser, the Wix identity it holds, and the pages it browses.
import { randomBytes } from 'node:crypto';
import { pick, pickAction, type Action } from './actions';
import type { Answer, Browser } from './browser';
import type { CartLedger } from './cart-ledger';
import type { Targets } from './catalog';

/** What the shoppers' cart journeys add up to (the shop's answers, not Wix's). */
export type Tally = {
  adds: number;
  failedAdds: Record<string, number>;
  checkouts: number;
  failedCheckouts: Record<string, number>;
  /** Orders whose lines were taken from Wix's checkout page: the thank-you page never showed them. */
  ordersFromCheckoutPage: number;
  /** Errors of the soak itself (a hosted page that did not answer as expected), by message. */
  journeyErrors: Record<string, number>;
};

export const newTally = (): Tally => ({
  adds: 0,
  failedAdds: {},
  checkouts: 0,
  failedCheckouts: {},
  ordersFromCheckoutPage: 0,
  journeyErrors: {},
});

export const count = (map: Record<string, number>, key: string) => (map[key] = (map[key] ?? 0) + 1);

/** A sign-in that carried cart lines: the browser's cookie just before it, to look again later. */
export type CarryingSignIn = { visitor: string; cookie: string; units: number };

export type World = {
  ledger: CartLedger;
  targets: Targets;
  tally: Tally;
  random: () => number;
  signIns: CarryingSignIn[];
};

export class Shopper {
  /** Signed in as the demo member (every signed-in shopper shares that member's cart). */
  member = false;
  /** Which of this shopper's visitor identities it holds: a new one after each sign-out. */
  generation = 0;

  constructor(
    readonly id: number,
    readonly browser: Browser,
    readonly world: World,
  ) {}

  /** The Wix identity whose cart this shopper's adds go to. */
  get owner(): string {
    return this.member ? 'member' : `visitor ${this.id}.${this.generation}`;
  }

  get random(): number {
    return this.world.random();
  }

  /** A page view as a browser makes it: the page, then the header island's /api/session. */
  async view(route: string, path: string): Promise<Answer> {
    const answer = await this.browser.shop(route, path);
    if (answer.status === 200) await this.browser.shop('/api/session', '/api/session');
    return answer;
  }

  /** Follows a redirect from the shop back into the shop (a page view), if it leads there. */
  async follow(answer: Answer, route: string): Promise<Answer | null> {
    const path = answer.location ? this.browser.shopPath(answer.location) : null;
    return path ? this.view(route, path) : null;
  }

  async browse(action: Exclude<Action, 'cart add' | 'account' | 'checkout'>): Promise<void> {
    const { targets } = this.world;
    const paths: Record<typeof action, () => string> = {
      product: () => pick(targets.products, this.random),
      listing: () =>
        pick(
          ['/products', '/products?page=2', '/products?sort=price-asc', '/products?sort=newest'],
          this.random,
        ),
      collection: () => `/collections/${pick(targets.collections, this.random)}`,
      search: () => `/products?q=${encodeURIComponent(pick(targets.words, this.random))}`,
      'random search': () => `/products?q=${randomBytes(6).toString('hex')}`,
      services: () => '/services',
      service: () => `/services/${pick(targets.services, this.random)}`,
      home: () => '/',
      cart: () => '/cart',
    };
    await this.view(action, paths[action]());
  }

  /** Runs the next action; `journeys` are the multi-step ones (cart add, checkout, sign-in). */
  async step(journeys: Record<'cart add' | 'account' | 'checkout', (s: Shopper) => Promise<void>>) {
    const action = pickAction(this.random);
    try {
      if (action === 'cart add' || action === 'account' || action === 'checkout')
        await journeys[action](this);
      else await this.browse(action);
    } catch (error) {
      count(this.world.tally.journeyErrors, `${action}: ${(error as Error).message}`);
    }
  }
}
