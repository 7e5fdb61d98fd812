import { describe, expect, it, vi } from 'vitest';

// A hostile request: if the builder looked at it, these hosts would show up in its answer.
vi.mock('next/headers', () => ({
  headers: async () =>
    new Headers({
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
      origin: 'https://evil.example',
    }),
}));

const { bookingCallbacks, checkoutCallbacks } = await import('./checkout-urls');

describe('checkoutCallbacks', () => {
  it('builds every callback from SITE_URL', () => {
    expect(checkoutCallbacks('https://shop.example.com')).toEqual({
      thankYouPageUrl: 'https://shop.example.com/thank-you',
      cartPageUrl: 'https://shop.example.com/cart',
      postFlowUrl: 'https://shop.example.com/',
    });
  });

  it('uses the configured SITE_URL by default and never the request’s Host or X-Forwarded-Host', () => {
    const callbacks = checkoutCallbacks();
    // Unit tests run with the default SITE_URL.
    expect(callbacks.thankYouPageUrl).toBe('http://localhost:3000/thank-you');
    expect(JSON.stringify(callbacks)).not.toContain('evil.example');
  });

  it('takes no client input: only the origin of the configured URL counts', () => {
    expect(checkoutCallbacks.length).toBeLessThanOrEqual(1);
    expect(checkoutCallbacks('http://localhost:3390/').cartPageUrl).toBe(
      'http://localhost:3390/cart',
    );
  });
});

describe('bookingCallbacks', () => {
  it('builds every callback from SITE_URL, back to the service the shopper chose', () => {
    expect(bookingCallbacks('haircut', 'https://shop.example.com')).toEqual({
      thankYouPageUrl: 'https://shop.example.com/booking-confirmed',
      postFlowUrl: 'https://shop.example.com/services',
      bookingsServiceListUrl: 'https://shop.example.com/services/haircut',
    });
  });

  it('uses the configured SITE_URL by default and never the request’s Host or X-Forwarded-Host', () => {
    const callbacks = bookingCallbacks('yoga-flow');
    expect(callbacks.thankYouPageUrl).toBe('http://localhost:3000/booking-confirmed');
    expect(JSON.stringify(callbacks)).not.toContain('evil.example');
  });

  it('keeps a slug inside the path: it cannot point the shopper at another origin', () => {
    for (const slug of ['//evil.example', '../../x', 'a?b#c', 'https://evil.example']) {
      const url = new URL(
        bookingCallbacks(slug, 'https://shop.example.com').bookingsServiceListUrl,
      );
      expect(url.origin).toBe('https://shop.example.com');
      expect(url.pathname.startsWith('/services/')).toBe(true);
      expect(url.search + url.hash).toBe('');
    }
  });
});
