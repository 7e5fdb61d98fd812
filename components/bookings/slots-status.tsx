'use client';

import { formatMonth, type MonthKey } from '@/lib/bookings/calendar';
import type { FreeSlots } from './use-free-slots';

/** The month's loading, empty and error states, in live regions under the grid. */
export function SlotsStatus({ month, free }: { month: MonthKey; free: FreeSlots }) {
  const empty = free.status === 'ready' && free.slots.length === 0;
  return (
    <>
      <p role="status" className="mt-3 min-h-5 text-sm text-zinc-600">
        {free.status === 'loading'
          ? 'Loading free times…'
          : empty
            ? `No free times in ${formatMonth(month)}.`
            : ''}
      </p>
      {free.status === 'error' ? (
        <div className="mt-2 flex flex-wrap items-center gap-3 rounded border border-red-200 bg-red-50 p-3">
          <p role="alert" className="text-sm text-red-800">
            We could not load free times.
          </p>
          <button
            type="button"
            onClick={free.retry}
            className="rounded border border-red-300 bg-white px-3 py-1 text-sm font-medium hover:bg-red-100"
          >
            Try again
          </button>
        </div>
      ) : null}
    </>
  );
}
