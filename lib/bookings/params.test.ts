import { describe, expect, it } from 'vitest';
import { parseMonthParam, parseZoneParam } from './params';

describe('URL params', () => {
  it.each([
    ['2026-12', '2026-12'],
    [['2027-01', '2027-02'], '2027-01'],
    ['2026-13', null],
    ['2026-1', null],
    ['1999-12', null],
    ['2026-12-01', null],
    ['', null],
    [undefined, null],
  ])('month %j → %j', (value, expected) => expect(parseMonthParam(value)).toBe(expected));

  it.each([
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['America/New_York', 'America/New_York'],
    ['utc', 'UTC'],
    [['Europe/Paris'], 'Europe/Paris'],
    ['Mars/Olympus', null],
    ['<script>', null],
    ['', null],
    [undefined, null],
  ])('zone %j → %j', (value, expected) => expect(parseZoneParam(value)).toBe(expected));
});
