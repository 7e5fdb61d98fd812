import { describe, expect, it } from 'vitest';
import {
  addDays,
  atMinutes,
  formatLocalDateTime,
  isValidTimeZone,
  localDateTimeIn,
  offsetMinutes,
  parseLocalDateTime,
  wallTimeToUtc,
  wallTimeToUtcOrAfter,
  weekdayOf,
  type WallTime,
} from './zone';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const wall = (s: string): WallTime => {
  const w = parseLocalDateTime(s);
  if (!w) throw new Error(`bad wall time ${s}`);
  return w;
};
const utc = (s: string, zone: string) => {
  const t = wallTimeToUtc(wall(s), zone);
  return t === null ? null : new Date(t).toISOString();
};

describe('wall time to UTC', () => {
  it('uses the offset of the day on both sides of a change', () => {
    expect(utc('2027-03-13T10:00:00', NY)).toBe('2027-03-13T15:00:00.000Z');
    expect(utc('2027-03-15T10:00:00', NY)).toBe('2027-03-15T14:00:00.000Z');
    expect(utc('2026-12-08T10:00:00', NY)).toBe('2026-12-08T15:00:00.000Z');
    expect(utc('2026-07-01T12:00:00', LONDON)).toBe('2026-07-01T11:00:00.000Z');
    expect(utc('2026-12-01T12:00:00', LONDON)).toBe('2026-12-01T12:00:00.000Z');
  });

  it('New York 2027-03-14: 02:00–02:59 does not exist, 01:59 and 03:00 are an hour apart', () => {
    expect(utc('2027-03-14T01:59:00', NY)).toBe('2027-03-14T06:59:00.000Z');
    expect(utc('2027-03-14T02:00:00', NY)).toBeNull();
    expect(utc('2027-03-14T02:30:00', NY)).toBeNull();
    expect(utc('2027-03-14T02:59:59', NY)).toBeNull();
    expect(utc('2027-03-14T03:00:00', NY)).toBe('2027-03-14T07:00:00.000Z');
    expect(new Date(wallTimeToUtcOrAfter(wall('2027-03-14T02:30:00'), NY)).toISOString()).toBe(
      '2027-03-14T07:00:00.000Z',
    );
  });

  it('New York 2026-11-01: 01:00–01:59 happens twice and maps to the first (EDT)', () => {
    expect(utc('2026-11-01T00:30:00', NY)).toBe('2026-11-01T04:30:00.000Z');
    expect(utc('2026-11-01T01:00:00', NY)).toBe('2026-11-01T05:00:00.000Z');
    expect(utc('2026-11-01T01:30:00', NY)).toBe('2026-11-01T05:30:00.000Z');
    expect(utc('2026-11-01T02:00:00', NY)).toBe('2026-11-01T07:00:00.000Z');
    // The second 01:30 (EST) still reads 01:30 on the wall.
    expect(localDateTimeIn(Date.parse('2026-11-01T06:30:00Z'), NY)).toBe('2026-11-01T01:30:00');
  });

  it('Europe/London: the 01:00 gap in March and the 01:00 overlap in October', () => {
    expect(utc('2027-03-28T00:59:00', LONDON)).toBe('2027-03-28T00:59:00.000Z');
    expect(utc('2027-03-28T01:30:00', LONDON)).toBeNull();
    expect(utc('2027-03-28T02:00:00', LONDON)).toBe('2027-03-28T01:00:00.000Z');
    expect(utc('2026-10-25T01:30:00', LONDON)).toBe('2026-10-25T00:30:00.000Z');
    expect(utc('2026-10-25T02:00:00', LONDON)).toBe('2026-10-25T02:00:00.000Z');
  });

  it('reads offsets and UTC itself', () => {
    expect(offsetMinutes(Date.parse('2026-12-08T15:00:00Z'), NY)).toBe(-300);
    expect(offsetMinutes(Date.parse('2026-07-08T15:00:00Z'), NY)).toBe(-240);
    expect(offsetMinutes(Date.parse('2026-07-08T15:00:00Z'), 'Asia/Tokyo')).toBe(540);
    expect(utc('2026-12-08T00:00:00', 'UTC')).toBe('2026-12-08T00:00:00.000Z');
  });
});

describe('zone-less local date-times', () => {
  it('parses Wix LOCAL_DATE_TIME with or without seconds and milliseconds', () => {
    expect(parseLocalDateTime('2026-12-08T10:00:00')).toEqual({
      year: 2026,
      month: 12,
      day: 8,
      hour: 10,
      minute: 0,
      second: 0,
    });
    expect(parseLocalDateTime('2026-12-08T10:05')?.minute).toBe(5);
    expect(parseLocalDateTime('2026-12-08T10:05:07.250')?.second).toBe(7);
  });

  it('refuses zones, offsets, impossible dates and other types', () => {
    for (const bad of [
      '2026-12-08T10:00:00Z',
      '2026-12-08T10:00:00+02:00',
      '2026-12-08',
      '2026-02-30T10:00:00',
      '2026-12-08T24:00:00',
      '2026-13-01T10:00:00',
      '',
      20261208,
      null,
    ]) {
      expect(parseLocalDateTime(bad)).toBeNull();
    }
  });

  it('formats back the same string', () => {
    expect(formatLocalDateTime(wall('2027-03-14T03:00'))).toBe('2027-03-14T03:00:00');
  });
});

describe('calendar days', () => {
  it('steps by date across both changes and month ends', () => {
    expect(addDays({ year: 2027, month: 3, day: 13 }, 1)).toEqual({
      year: 2027,
      month: 3,
      day: 14,
    });
    expect(addDays({ year: 2026, month: 10, day: 31 }, 1)).toEqual({
      year: 2026,
      month: 11,
      day: 1,
    });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addDays({ year: 2027, month: 3, day: 1 }, -1)).toEqual({
      year: 2027,
      month: 2,
      day: 28,
    });
  });

  it('knows weekdays and wall times past midnight', () => {
    expect(weekdayOf({ year: 2027, month: 3, day: 14 })).toBe(0);
    expect(weekdayOf({ year: 2026, month: 12, day: 8 })).toBe(2);
    expect(atMinutes({ year: 2026, month: 12, day: 31 }, 24 * 60 + 30)).toMatchObject({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
    });
  });

  it('validates zones with Intl', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('+02:00')).toBe(false);
    expect(isValidTimeZone(5)).toBe(false);
  });
});
