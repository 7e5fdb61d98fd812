'use client';

import { useActionState } from 'react';
import type { DateKey } from '@/lib/bookings/zone';
import type { FreeSlot } from '@/lib/wix/booking-types';
import { startBooking, type BookingActionState } from './actions';
import type { CalendarService } from './booking-calendar';
import { TimeChoices } from './time-choices';

type Props = {
  service: CalendarService;
  day: DateKey | null;
  /** The day's free times; null while they load. */
  slots: readonly FreeSlot[] | null;
  timeZone: string;
  shopperTimeZone: string;
  staff: string;
  chosen: FreeSlot | null;
  onChoose: (start: string) => void;
};

const INITIAL: BookingActionState = null;

/** The chosen day's times and "Book now", posting startBooking (it hands over to Wix). */
export function BookNowForm(props: Props) {
  const { service, day, slots, chosen } = props;
  const [state, book, pending] = useActionState(startBooking, INITIAL);
  const error = state && 'error' in state ? state.error : null;
  return (
    <form
      action={book}
      // One hand-off at a time: a second press would only start a second Wix session.
      onSubmit={(event) => {
        if (pending) event.preventDefault();
      }}
      className="flex flex-col gap-6"
    >
      <input type="hidden" name="service" value={service.slug} />
      <input type="hidden" name="staff" value={props.staff} />
      <input type="hidden" name="timeZone" value={props.shopperTimeZone} />
      <input type="hidden" name="eventId" value={chosen?.eventId ?? ''} />
      {day ? (
        <TimeChoices
          day={day}
          slots={slots}
          timeZone={props.timeZone}
          chosen={chosen?.start ?? null}
          onChoose={props.onChoose}
        />
      ) : (
        <p className="text-sm text-zinc-600">Choose a day to see its free times.</p>
      )}
      <div className="flex flex-col gap-2">
        <button
          type="submit"
          disabled={!chosen}
          aria-disabled={pending || undefined}
          className="self-start rounded-md bg-zinc-900 px-6 py-3 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-40"
        >
          Book now
        </button>
        {pending ? (
          <p role="status" className="text-sm text-zinc-600">
            Taking you to the booking page…
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
