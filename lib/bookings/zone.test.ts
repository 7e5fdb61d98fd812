import { describe, expect, it } from 'vitest';
import {
  addDays,
  canonicalTimeZone,
  dayKeyOf,
  daysBetween,
  isDateKey,
  isValidTimeZone,
  localToUtc,
  toLocalDateTime,
} from './zone';

const NY = 'America/New_York';
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('wall time ↔ UTC', () => {
  it('converts New York wall time in winter (UTC−5) and summer (UTC−4)', () => {
    expect(iso(localToUtc('2026-12-08T10:00:00', NY))).toBe('2026-12-08T15:00:00.000Z');
    expect(iso(localToUtc('2026-07-08T10:00:00', NY))).toBe('2026-07-08T14:00:00.000Z');
    expect(toLocalDateTime(Date.parse('2026-12-08T15:00:00Z'), NY)).toBe('2026-12-08T10:00:00');
    expect(toLocalDateTime(Date.parse('2026-07-08T14:00:00Z'), NY)).toBe('2026-07-08T10:00:00');
  });

  it('handles the spring-forward day 2027-03-14: 02:00–03:00 does not exist', () => {
    expect(iso(localToUtc('2027-03-14T01:30:00', NY))).toBe('2027-03-14T06:30:00.000Z');
    // Skipped wall time moves forward by the gap (02:30 EST = 03:30 EDT).
    expect(iso(localToUtc('2027-03-14T02:30:00', NY))).toBe('2027-03-14T07:30:00.000Z');
    expect(iso(localToUtc('2027-03-14T03:00:00', NY))).toBe('2027-03-14T07:00:00.000Z');
    expect(iso(localToUtc('2027-03-14T10:00:00', NY))).toBe('2027-03-14T14:00:00.000Z');
    expect(toLocalDateTime(Date.parse('2027-03-14T07:00:00Z'), NY)).toBe('2027-03-14T03:00:00');
  });

  it('handles the fall-back day 2026-11-01: 01:00–02:00 happens twice, the first is taken', () => {
    expect(iso(localToUtc('2026-11-01T00:30:00', NY))).toBe('2026-11-01T04:30:00.000Z');
    expect(iso(localToUtc('2026-11-01T01:30:00', NY))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(localToUtc('2026-11-01T02:00:00', NY))).toBe('2026-11-01T07:00:00.000Z');
    expect(iso(localToUtc('2026-11-01T09:00:00', NY))).toBe('2026-11-01T14:00:00.000Z');
    // Both occurrences of 01:30 read back as 01:30.
    expect(toLocalDateTime(Date.parse('2026-11-01T05:30:00Z'), NY)).toBe('2026-11-01T01:30:00');
    expect(toLocalDateTime(Date.parse('2026-11-01T06:30:00Z'), NY)).toBe('2026-11-01T01:30:00');
  });

  it('works for zones without daylight saving and with half-hour offsets', () => {
    expect(iso(localToUtc('2026-12-08T10:00:00', 'Asia/Tokyo'))).toBe('2026-12-08T01:00:00.000Z');
    expect(iso(localToUtc('2026-12-08T10:00:00', 'Asia/Kolkata'))).toBe('2026-12-08T04:30:00.000Z');
    expect(iso(localToUtc('2026-12-08T10:00:00', 'UTC'))).toBe('2026-12-08T10:00:00.000Z');
  });

  it('refuses malformed and impossible local times', () => {
    for (const bad of ['2026-02-30T10:00:00', '2026-12-08 10:00', 'x', '2026-12-08T24:00:00']) {
      expect(localToUtc(bad, NY)).toBeNull();
    }
  });

  it('names the calendar day of an instant in a zone', () => {
    const nineAmNewYork = Date.parse('2026-12-08T14:00:00Z');
    expect(dayKeyOf(nineAmNewYork, NY)).toBe('2026-12-08');
    expect(dayKeyOf(nineAmNewYork, 'Asia/Tokyo')).toBe('2026-12-08');
    const sixPmNewYork = Date.parse('2026-12-08T23:00:00Z');
    expect(dayKeyOf(sixPmNewYork, 'Asia/Tokyo')).toBe('2026-12-09');
  });
});

describe('dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-01', '2027-01-11')).toBe(41);
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
  });

  it('knows real dates', () => {
    expect(isDateKey('2026-12-08')).toBe(true);
    expect(isDateKey('2026-02-29')).toBe(false);
    expect(isDateKey('2026-1-8')).toBe(false);
    expect(isDateKey(20261208)).toBe(false);
  });
});

describe('time zone names', () => {
  it.each(['America/New_York', 'Asia/Tokyo', 'UTC', 'Europe/London', 'Etc/GMT+5'])(
    'accepts %s',
    (zone) => expect(isValidTimeZone(zone)).toBe(true),
  );

  it.each(['', 'Mars/Olympus', 'America/New York', '../etc/passwd', 'x'.repeat(80), null, 3])(
    'refuses %j',
    (zone) => expect(isValidTimeZone(zone)).toBe(false),
  );

  it('spells a zone the runtime’s way', () => {
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('Nowhere/Land')).toBeNull();
  });
});
