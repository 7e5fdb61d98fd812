import { describe, expect, it } from 'vitest';
import { firstKnownZone, slotInstant } from './slot-request';

const NY = 'America/New_York';

describe('slotInstant', () => {
  it('reads a zone-less local date-time as wall time in the zone, across daylight saving', () => {
    expect(slotInstant('2026-12-08T10:00:00', NY)).toEqual({
      ok: true,
      ms: Date.parse('2026-12-08T15:00:00Z'),
    });
    expect(slotInstant('2026-07-07T10:00', NY)).toEqual({
      ok: true,
      ms: Date.parse('2026-07-07T14:00:00Z'),
    });
    expect(slotInstant('2026-12-08T10:00:00.000', 'Europe/Berlin')).toEqual({
      ok: true,
      ms: Date.parse('2026-12-08T09:00:00Z'),
    });
  });

  it('takes a value with Z or an offset as an instant, whatever the zone', () => {
    expect(slotInstant('2026-12-08T15:00:00.000Z', 'Asia/Tokyo')).toEqual({
      ok: true,
      ms: Date.parse('2026-12-08T15:00:00Z'),
    });
    expect(slotInstant('2026-12-08T10:00:00-05:00', 'UTC')).toEqual({
      ok: true,
      ms: Date.parse('2026-12-08T15:00:00Z'),
    });
  });

  it('gives no instant for a local time the clocks skip, and refuses malformed values', () => {
    expect(slotInstant('2026-03-08T02:30:00', NY)).toEqual({ ok: true, ms: null });
    for (const bad of ['2026-12-08', 'tomorrow', '2026-02-30T10:00:00', '2026-12-08T25:00:00Z']) {
      expect(slotInstant(bad, NY).ok).toBe(false);
    }
  });
});

describe('firstKnownZone', () => {
  it('skips missing and unknown zones and falls back', () => {
    expect(firstKnownZone([null, 'Mars/Olympus', 'Europe/Paris'], NY)).toBe('Europe/Paris');
    expect(firstKnownZone([undefined, '+02:00'], NY)).toBe(NY);
  });
});
