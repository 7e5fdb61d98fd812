// Keyboard moves in the booking calendar's month grid (WAI-ARIA date grid pattern).
import { addMonths, monthOf, monthRange } from './calendar';
import { addDays, type DateKey } from './zone';

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(day: DateKey): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The same day of the month `months` later (or earlier), or that month's last day. */
function sameDayInMonth(day: DateKey, months: number): DateKey {
  const month = addMonths(monthOf(day), months);
  const { to } = monthRange(month);
  const wanted = `${month}-${day.slice(8, 10)}`;
  return wanted > to ? to : wanted;
}

/** Where a key moves the focus from `day`: arrows, Home/End of the week, PageUp/PageDown a month. */
export function dayAfterKey(day: DateKey, key: string): DateKey | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -weekdayOf(day));
    case 'End':
      return addDays(day, 6 - weekdayOf(day));
    case 'PageUp':
      return sameDayInMonth(day, -1);
    case 'PageDown':
      return sameDayInMonth(day, 1);
    default:
      return null;
  }
}

/** `day` kept within [min, max]. */
export function clampDay(day: DateKey, min: DateKey, max: DateKey): DateKey {
  return day < min ? min : day > max ? max : day;
}
