import { describe, expect, it } from 'vitest';
import { formatDateTime, formatInZone, formatTime, formatTimeSpan } from './format-time';

const start = '2026-12-08T15:00:00.000Z';

describe('formatting times in a named zone', () => {
  it('shows the same instant in the business zone and the shopper’s zone', () => {
    expect(formatTime(start, 'America/New_York')).toBe('10:00 AM');
    expect(formatTime(start, 'Asia/Tokyo')).toBe('12:00 AM');
    expect(formatTime('2026-12-08T23:00:00.000Z', 'America/New_York')).toBe('6:00 PM');
  });

  it('uses plain spaces, never ICU’s narrow no-break space', () => {
    expect(formatTime(start, 'UTC')).not.toMatch(/[\u202f\u00a0]/);
    expect(formatDateTime(start, 'UTC')).not.toMatch(/[\u202f\u00a0]/);
  });

  it('names the zone with the date', () => {
    expect(formatInZone(start, 'America/New_York')).toBe(
      'Tuesday, December 8, 2026 at 10:00 AM (America/New_York)',
    );
    expect(formatInZone(start, 'Asia/Tokyo')).toBe(
      'Wednesday, December 9, 2026 at 12:00 AM (Asia/Tokyo)',
    );
  });

  it('shows daylight-saving change days with the right offsets', () => {
    expect(formatDateTime('2027-03-14T14:00:00.000Z', 'America/New_York')).toBe(
      'Sunday, March 14, 2027 at 10:00 AM',
    );
    expect(formatDateTime('2026-11-01T15:00:00.000Z', 'America/New_York')).toBe(
      'Sunday, November 1, 2026 at 10:00 AM',
    );
  });

  it('shows a span', () => {
    expect(formatTimeSpan(start, '2026-12-08T15:30:00.000Z', 'America/New_York')).toBe(
      '10:00 AM – 10:30 AM (America/New_York)',
    );
  });
});
