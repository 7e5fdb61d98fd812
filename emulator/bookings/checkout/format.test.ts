import { describe, expect, it } from 'vitest';
import { seedBookings, serviceId } from '../seed';
import { formatDuration, formatWhen, priceText } from './format';

describe('booking page formats', () => {
  it('writes a time on the wall clock of the zone it names', () => {
    const ms = Date.parse('2026-12-08T15:00:00Z');
    expect(formatWhen(ms, 'America/New_York')).toBe('Tuesday, December 8, 2026 at 10:00 AM');
    expect(formatWhen(ms, 'Asia/Tokyo')).toBe('Wednesday, December 9, 2026 at 12:00 AM');
  });

  it('writes durations in hours and minutes', () => {
    expect([15, 60, 90, 45].map(formatDuration)).toEqual(['15 min', '1 h', '1 h 30 min', '45 min']);
  });

  it('prices a fixed, a varied (its lowest) and a free service', () => {
    const { services } = seedBookings();
    const price = (slug: string) => {
      const service = services[serviceId(slug)];
      if (!service) throw new Error(slug);
      return priceText(service, 'USD');
    };
    expect(price('haircut')).toBe('$45.00');
    expect(price('hot-stone-massage')).toBe('$110.00');
    expect(price('colour-consultation')).toBe('Free');
  });
});
