import { getEnv } from './env';

/** Where Wix's hosted checkout sends the shopper back to. */
export type CheckoutCallbacks = {
  thankYouPageUrl: string;
  cartPageUrl: string;
  postFlowUrl: string;
};

/**
 * Built from the configured SITE_URL alone: a request's Host or X-Forwarded-Host, or anything
 * a client sends, must never choose where Wix redirects a shopper (and their order id) to.
 */
export function checkoutCallbacks(siteUrl: string = getEnv().siteUrl): CheckoutCallbacks {
  const origin = new URL(siteUrl).origin;
  return {
    thankYouPageUrl: `${origin}/thank-you`,
    cartPageUrl: `${origin}/cart`,
    postFlowUrl: `${origin}/`,
  };
}

/** Only an http(s) URL may be a redirect target for the checkout hand-off. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
