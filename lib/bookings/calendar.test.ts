import { describe, expect, it } from 'vitest';
import {
  addMonths,
  formatDay,
  formatDayShort,
  formatMonth,
  isMonthKey,
  monthGrid,
  monthOf,
  monthRange,
} from './calendar';

describe('monthGrid', () => {
  it('lays December 2026 out Sunday first, padded with November and January days', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    // December 1, 2026 is a Tuesday.
    expect(weeks[0]!.map((d) => d.date)).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
    ]);
    expect(weeks[0]!.map((d) => d.inMonth)).toEqual([false, false, true, true, true, true, true]);
    expect(weeks.at(-1)!.at(-1)).toEqual({ date: '2027-01-02', day: 2, inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
  });

  it('needs six weeks for a month like May 2027 and four for February 2026', () => {
    expect(monthGrid('2027-05')).toHaveLength(6); // starts on a Saturday, 31 days
    const february = monthGrid('2026-02'); // starts on a Sunday, 28 days
    expect(february).toHaveLength(4);
    expect(february[0]![0]).toEqual({ date: '2026-02-01', day: 1, inMonth: true });
  });

  it('keeps leap days and the daylight-saving change days like any other day', () => {
    expect(
      monthGrid('2028-02')
        .flat()
        .filter((d) => d.inMonth),
    ).toHaveLength(29);
    const march = monthGrid('2027-03')
      .flat()
      .map((d) => d.date);
    expect(march.filter((d) => d === '2027-03-14')).toHaveLength(1);
    const november = monthGrid('2026-11')
      .flat()
      .map((d) => d.date);
    expect(new Set(november).size).toBe(november.length);
    expect(november).toContain('2026-11-01');
  });

  it('throws for something that is not a month', () => {
    expect(() => monthGrid('2026-13')).toThrow(RangeError);
  });
});

describe('months', () => {
  it('moves across years both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-05', 14)).toBe('2027-07');
    expect(monthOf('2026-12-08')).toBe('2026-12');
  });

  it('knows the first and last day', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02').to).toBe('2028-02-29');
  });

  it.each([
    ['2026-12', true],
    ['2026-00', false],
    ['2026-1', false],
    ['26-12', false],
    [null, false],
  ])('isMonthKey(%j) is %s', (value, expected) => expect(isMonthKey(value)).toBe(expected));
});

describe('labels', () => {
  it('names days and months as en-US does, whatever the server’s zone', () => {
    expect(formatDay('2026-12-08')).toBe('Tuesday, December 8, 2026');
    expect(formatDayShort('2026-12-08')).toBe('Tuesday, December 8');
    expect(formatMonth('2026-12')).toBe('December 2026');
    expect(formatDay('2027-03-14')).toBe('Sunday, March 14, 2027');
  });
});
