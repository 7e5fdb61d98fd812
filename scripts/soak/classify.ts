// How the soak judges one storefront answer.
import { text } from './shop-html';

/**
 * The shop's own "Wix is unavailable" headings: the catalog and services error states
 * (components/catalog/catalog-error.tsx, components/bookings/services-error.tsx) and the route
 * handlers' friendly pages (app/login/route.ts, app/auth/callback/route.ts, lib/not-connected.ts).
 */
export const FRIENDLY_TITLES = [
  'The shop is taking a break',
  'Bookings are taking a break',
  'Sign-in is unavailable right now',
  'Sign-in is not available',
] as const;

export type Outcome =
  /** 2xx or 3xx; `degraded` names the friendly heading when the page shows one anyway. */
  | { kind: 'ok'; degraded?: string }
  /** A 4xx this action allows (a rate-limited sign-in). */
  | { kind: 'expected-4xx' }
  /** 503 with one of the shop's friendly pages. */
  | { kind: 'friendly'; title: string }
  | { kind: 'unexpected-4xx' }
  /** Any other 5xx, or no answer at all. */
  | { kind: 'failure'; reason: string };

/** The page's first heading when it is one of the shop's friendly ones, else null. */
export function friendlyTitle(html: string): string | null {
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  if (heading === undefined) return null;
  const title = text(heading);
  return FRIENDLY_TITLES.find((t) => t === title) ?? null;
}

/** `status` null: the request got no answer (`body` then says why). */
export function classify(
  status: number | null,
  body: string,
  expected4xx: readonly number[],
): Outcome {
  if (status === null) return { kind: 'failure', reason: body };
  if (status < 400) {
    const degraded = status < 300 ? friendlyTitle(body) : null;
    return degraded ? { kind: 'ok', degraded } : { kind: 'ok' };
  }
  if (status < 500)
    return expected4xx.includes(status) ? { kind: 'expected-4xx' } : { kind: 'unexpected-4xx' };
  const title = friendlyTitle(body);
  if (status === 503 && title) return { kind: 'friendly', title };
  return { kind: 'failure', reason: `${status} ${whatPage(body, title)}` };
}

/** Which page a 5xx carried, in words, so a report can tell them apart. */
function whatPage(body: string, title: string | null): string {
  if (title) return `with the friendly page "${title}"`;
  if (body.includes('class="next-error-h1"')) return "with Next's bare error page";
  // An error thrown inside the page after its shell streamed: the browser shows error.tsx.
  if (/\\?"digest\\?":\\?"\d+/.test(body)) return 'with the shop page and its error boundary';
  return 'with another body';
}
