import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelay, RETRY_JITTER_MS } from './retry-policy';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['2', 2000],
    [' 120 ', 120_000],
    ['Sun, 01 Mar 2026 12:00:03 GMT', 3000],
    ['Sun, 01 Mar 2026 11:59:00 GMT', 0],
  ])('%j is %d ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([null, '', '1.5', '-1', 'soon', 'Mon, 99 Foo 2026 25:00:00 GMT'])(
    '%j is unreadable',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeNull();
    },
  );
});

describe('retryDelay', () => {
  const at = (r: number) => () => r;

  it('waits a jittered 100–300 ms after a network error, a 5xx or a 429', () => {
    expect(retryDelay({ networkError: true }, NOW, at(0))).toBe(RETRY_JITTER_MS.min);
    expect(retryDelay({ status: 503, retryAfter: null }, NOW, at(0.5))).toBe(200);
    const highest = retryDelay({ status: 429, retryAfter: null }, NOW, at(0.999999));
    expect(highest).toBeLessThan(RETRY_JITTER_MS.max);
    expect(highest).toBeGreaterThan(RETRY_JITTER_MS.max - 1);
    expect(retryDelay({ status: 500, retryAfter: null }, NOW)).toBeGreaterThanOrEqual(100);
  });

  it('never retries an answer Wix meant (2xx, 3xx, 4xx but 429)', () => {
    for (const status of [200, 304, 400, 401, 404, 409, 428]) {
      expect(retryDelay({ status, retryAfter: '1' }, NOW)).toBeNull();
    }
  });

  it('honours a short Retry-After and gives up on a long one', () => {
    expect(retryDelay({ status: 503, retryAfter: '1' }, NOW, at(0))).toBe(1000);
    expect(retryDelay({ status: 429, retryAfter: '0' }, NOW, at(0))).toBe(RETRY_JITTER_MS.min);
    expect(
      retryDelay({ status: 429, retryAfter: 'Sun, 01 Mar 2026 12:00:02 GMT' }, NOW, at(0)),
    ).toBe(MAX_RETRY_AFTER_MS);
    expect(retryDelay({ status: 503, retryAfter: '3' }, NOW)).toBeNull();
    expect(
      retryDelay({ status: 503, retryAfter: 'Sun, 01 Mar 2026 13:00:00 GMT' }, NOW),
    ).toBeNull();
    // An unreadable header is as good as none.
    expect(retryDelay({ status: 503, retryAfter: 'later' }, NOW, at(0))).toBe(100);
  });
});
