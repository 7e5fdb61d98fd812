import { addDays, type DateKey } from './zone';

/** `YYYY-MM`. */
export type MonthKey = string;

export interface CalendarDay {
  date: DateKey;
  /** Day of the month, 1–31. */
  day: number;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parts(month: MonthKey): { year: number; month: number } {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH.test(value);
}

/** The month that `date` (`YYYY-MM-DD`) is in. */
export const monthOf = (date: DateKey): MonthKey => date.slice(0, 7);

/** The month `count` months after (or before) `month`. */
export function addMonths(month: MonthKey, count: number): MonthKey {
  const { year, month: m } = parts(month);
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** First and last day of the month (both inclusive). */
export function monthRange(month: MonthKey): { from: DateKey; to: DateKey } {
  const from = `${month}-01`;
  return { from, to: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** The weeks of a month as en-US calendars show them: Sunday first, full weeks of seven days. */
export function monthGrid(month: MonthKey): CalendarDay[][] {
  const { from, to } = monthRange(month);
  const weekday = new Date(`${from}T00:00:00Z`).getUTCDay();
  const weeks: CalendarDay[][] = [];
  let day = addDays(from, -weekday);
  while (day <= to || weeks.at(-1)?.length !== 7) {
    if (weeks.length === 0 || weeks.at(-1)!.length === 7) weeks.push([]);
    weeks.at(-1)!.push({ date: day, day: Number(day.slice(8)), inMonth: monthOf(day) === month });
    day = addDays(day, 1);
  }
  return weeks;
}

// Dates alone carry no zone: they are formatted as UTC so no zone can move them to another day.
const dayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const shortDayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
});

/** "Tuesday, December 8, 2026". */
export const formatDay = (date: DateKey) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/** "Tuesday, December 8". */
export const formatDayShort = (date: DateKey) =>
  shortDayFormat.format(new Date(`${date}T00:00:00Z`));

/** "December 2026". */
export const formatMonth = (month: MonthKey) =>
  monthFormat.format(new Date(`${month}-01T00:00:00Z`));
