// One virtual shopper's browser: cookies for the shop and for Wix's hosted pages, and every
// storefront answer timed, judged and recorded.
import { classify, type Outcome } from './classify';
import { CookieJar } from './cookie-jar';
import type { Recorder } from './recorder';

const TIMEOUT_MS = 30_000;

export type Answer = {
  status: number | null;
  body: string;
  location: string | null;
  outcome: Outcome;
};

type Options = {
  method?: string;
  body?: BodyInit;
  headers?: Record<string, string>;
  expect4xx?: number[];
};

export class Browser {
  readonly shopCookies = new CookieJar();
  private readonly wixCookies = new CookieJar();

  constructor(
    readonly site: string,
    private readonly recorder: Recorder,
    /** Milliseconds since the soak's traffic began. */
    private readonly clock: () => number,
  ) {}

  /** A storefront request (no redirect followed), recorded under `route`. */
  async shop(route: string, path: string, options: Options = {}): Promise<Answer> {
    const sentAt = this.clock();
    const cookie = this.shopCookies.header();
    let status: number | null = null;
    let body: string;
    let location: string | null = null;
    try {
      const response = await fetch(`${this.site}${path}`, {
        method: options.method ?? 'GET',
        body: options.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { ...options.headers, ...(cookie ? { cookie } : {}) },
      });
      body = await response.text();
      status = response.status;
      location = response.headers.get('location');
      this.shopCookies.store(response.headers.getSetCookie());
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      body = `no answer (${(error as Error).name}${cause ? ` ${cause}` : ''})`;
    }
    const outcome = classify(status, body, options.expect4xx ?? []);
    this.recorder.record(
      route,
      path.split('?')[0] ?? path,
      sentAt,
      this.clock() - sentAt,
      outcome,
      status,
    );
    return { status, body, location, outcome };
  }

  /** A page of Wix's (the emulator's hosted login, logout or checkout): not the shop's figures. */
  async wix(
    url: string,
    form?: Record<string, string>,
  ): Promise<{ status: number; body: string; location: string | null }> {
    const cookie = this.wixCookies.header();
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      body: form ? new URLSearchParams(form) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: cookie ? { cookie } : {},
    });
    this.wixCookies.store(response.headers.getSetCookie());
    return {
      status: response.status,
      body: await response.text(),
      location: response.headers.get('location'),
    };
  }

  /** Where a redirect from the shop leads: a shop path, or a full URL elsewhere. */
  shopPath(location: string): string | null {
    const url = new URL(location, this.site);
    return url.origin === this.site ? `${url.pathname}${url.search}` : null;
  }
}
