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

/** Where Wix's hosted booking page sends the shopper back to. */
export type BookingCallbacks = {
  thankYouPageUrl: string;
  postFlowUrl: string;
  bookingsServiceListUrl: string;
};

/** Like checkoutCallbacks, from SITE_URL alone; `slug` is a validated service slug. */
export function bookingCallbacks(
  slug: string,
  siteUrl: string = getEnv().siteUrl,
): BookingCallbacks {
  const origin = new URL(siteUrl).origin;
  return {
    thankYouPageUrl: `${origin}/booking-confirmed`,
    postFlowUrl: `${origin}/services`,
    bookingsServiceListUrl: `${origin}/services/${encodeURIComponent(slug)}`,
  };
}
