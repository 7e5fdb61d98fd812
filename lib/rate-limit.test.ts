import { describe, expect, it } from 'vitest';
import { clientAddress, createRateLimit } from './rate-limit';

describe('createRateLimit', () => {
  it('allows a burst, then refuses with a wait, and earns tokens back over time', () => {
    let t = 0;
    const limit = createRateLimit({ burst: 3, perMinute: 6, now: () => t });
    expect([1, 2, 3].map(() => limit.take('a').ok)).toEqual([true, true, true]);
    expect(limit.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    // Another address has its own bucket.
    expect(limit.take('b').ok).toBe(true);
    t += 10_000;
    expect(limit.take('a').ok).toBe(true);
    expect(limit.take('a').ok).toBe(false);
    t += 10 * 60_000;
    expect([1, 2, 3, 4].map(() => limit.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('keeps at most maxKeys addresses, dropping the least recently seen', () => {
    const limit = createRateLimit({ burst: 1, perMinute: 1, maxKeys: 2, now: () => 0 });
    limit.take('a');
    limit.take('b');
    limit.take('a');
    limit.take('c');
    expect(limit.size).toBe(2);
    // 'a' was seen again, so it was kept (and is empty); 'b' was dropped and starts afresh.
    expect(limit.take('a').ok).toBe(false);
    expect(limit.take('b').ok).toBe(true);
  });
});

describe('clientAddress', () => {
  it('takes the address the nearest proxy added', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'spoofed, 198.51.100.4' }))).toBe(
      '198.51.100.4',
    );
    expect(clientAddress(new Headers({ 'x-real-ip': '192.0.2.1' }))).toBe('192.0.2.1');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
