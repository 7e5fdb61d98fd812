import type { FreeSlot } from '../wix/booking-types';
import { dayKeyOf, type DateKey } from './zone';

/**
 * Free times by the calendar day they start on in `zone` (the zone the shopper reads times in),
 * days and times in order. A 6 PM New York slot is the next day in Tokyo.
 */
export function groupSlotsByDay(
  slots: readonly FreeSlot[],
  zone: string,
): Map<DateKey, FreeSlot[]> {
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const days = new Map<DateKey, FreeSlot[]>();
  for (const slot of sorted) {
    const day = dayKeyOf(Date.parse(slot.start), zone);
    const list = days.get(day);
    if (list) list.push(slot);
    else days.set(day, [slot]);
  }
  return days;
}
