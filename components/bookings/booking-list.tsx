'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { MemberBooking } from '@/lib/wix/booking-types';
import { cancelMemberBooking, type BookingActionState } from './actions';
import { BookingCard } from './booking-card';

/** A member's booking with its start already worded in the business zone. */
export type ShownBooking = MemberBooking & { when: string };

type Props = { upcoming: ShownBooking[]; past: ShownBooking[] };

const INITIAL: BookingActionState = null;

/**
 * Upcoming and past bookings. One cancel action serves every card, so its message survives the
 * re-render in which the canceled booking changes (or moves to the past list).
 */
export function BookingList({ upcoming, past }: Props) {
  const [state, cancel, pending] = useActionState(cancelMemberBooking, INITIAL);
  const status = useRef<HTMLParagraphElement>(null);
  const message = state && 'ok' in state && state.ok ? state.message : '';
  const error = state && 'error' in state ? state.error : null;

  useEffect(() => {
    // The confirmation's buttons are gone: the focus goes to what happened.
    if (message) status.current?.focus();
  }, [state, message]);

  const list = (bookings: ShownBooking[], heading: string, empty: string, id: string) => (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {bookings.length ? (
        <div className="mt-4 flex flex-col gap-4">
          {bookings.map((booking) => (
            <BookingCard key={booking.id} booking={booking} cancel={cancel} pending={pending} />
          ))}
        </div>
      ) : (
        <p className="mt-4 text-zinc-600">{empty}</p>
      )}
    </section>
  );

  return (
    <div className="flex flex-col gap-10">
      <div>
        <p
          ref={status}
          role="status"
          tabIndex={-1}
          className="text-sm font-medium text-green-800 outline-none"
        >
          {message}
        </p>
        {error ? (
          <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      {list(upcoming, 'Upcoming bookings', 'You have no upcoming bookings.', 'upcoming-bookings')}
      {list(past, 'Past bookings', 'You have no past bookings.', 'past-bookings')}
    </div>
  );
}
