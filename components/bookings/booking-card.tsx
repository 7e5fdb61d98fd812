'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ShownBooking } from './booking-list';

const STATUS: Record<ShownBooking['status'], string> = {
  confirmed: 'Confirmed',
  canceled: 'Canceled',
  pending: 'Pending',
  other: 'Not confirmed',
};

type Props = { booking: ShownBooking; cancel: (form: FormData) => void; pending: boolean };

/** One booking; "Cancel booking" asks first, and the keyboard focus follows each step. */
export function BookingCard({ booking, cancel, pending }: Props) {
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const cancelable = booking.canCancel && booking.status === 'confirmed';

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  function keep() {
    returnFocus.current = true;
    setConfirming(false);
  }

  function escape(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') keep();
  }

  return (
    <article className="rounded-lg border border-zinc-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="text-lg font-semibold">{booking.serviceName}</h3>
        <p
          className={`rounded px-2 py-0.5 text-xs font-semibold ${
            booking.status === 'confirmed'
              ? 'bg-green-100 text-green-900'
              : 'bg-zinc-100 text-zinc-700'
          }`}
        >
          {STATUS[booking.status]}
        </p>
      </div>
      <p className="mt-2 text-sm text-zinc-700">{booking.when}</p>
      {booking.staffName ? <p className="text-sm text-zinc-600">With {booking.staffName}</p> : null}
      {cancelable && !confirming ? (
        <button
          ref={opener}
          type="button"
          onClick={() => setConfirming(true)}
          className="mt-4 rounded border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100"
        >
          Cancel booking
        </button>
      ) : null}
      {cancelable && confirming ? (
        <div onKeyDown={escape} className="mt-4 rounded-md bg-zinc-50 p-4">
          <p ref={question} tabIndex={-1} className="text-sm font-medium">
            Cancel {booking.serviceName} on {booking.when}?
          </p>
          <form action={cancel} className="mt-3 flex flex-wrap gap-3">
            <input type="hidden" name="bookingId" value={booking.id} />
            <input type="hidden" name="revision" value={booking.revision} />
            <button
              type="submit"
              aria-disabled={pending || undefined}
              onClick={(event) => {
                if (pending) event.preventDefault();
              }}
              className="rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800"
            >
              Yes, cancel it
            </button>
            <button
              type="button"
              onClick={keep}
              className="rounded border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100"
            >
              Keep booking
            </button>
          </form>
        </div>
      ) : null}
    </article>
  );
}
