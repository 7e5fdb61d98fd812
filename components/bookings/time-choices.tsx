'use client';

import { placesLeftLabel } from '@/lib/bookings/service-view';
import { formatDayShort } from '@/lib/bookings/calendar';
import { formatTime } from '@/lib/bookings/format-time';
import type { DateKey } from '@/lib/bookings/zone';
import type { FreeSlot } from '@/lib/wix/booking-types';

type Props = {
  day: DateKey;
  /** Null while they load (the calendar's status line says so). */
  slots: readonly FreeSlot[] | null;
  timeZone: string;
  chosen: string | null;
  onChoose: (start: string) => void;
};

/** The chosen day's free times as radios named `start` (a class's also say the places left). */
export function TimeChoices({ day, slots, timeZone, chosen, onChoose }: Props) {
  return (
    <div>
      <h3 id="free-times-heading" className="text-lg font-semibold">
        Free times on {formatDayShort(day)}
      </h3>
      {slots === null ? null : slots.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-600">No free times on this day. Choose another day.</p>
      ) : (
        <div
          role="radiogroup"
          aria-label="Times"
          className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3"
        >
          {slots.map((slot) => (
            <label
              key={`${slot.start}-${slot.eventId ?? ''}`}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm has-[:checked]:border-zinc-900 has-[:checked]:ring-1 has-[:checked]:ring-zinc-900 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-zinc-900"
            >
              <input
                type="radio"
                name="start"
                value={slot.start}
                checked={chosen === slot.start}
                onChange={() => onChoose(slot.start)}
                className="accent-zinc-900"
              />
              <span>
                {formatTime(slot.start, timeZone)}
                {slot.placesLeft !== null ? (
                  <span className="text-zinc-600">, {placesLeftLabel(slot.placesLeft)}</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
