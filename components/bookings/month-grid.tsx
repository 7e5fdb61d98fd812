'use client';

import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { formatDay, formatMonth, monthGrid, type MonthKey } from '@/lib/bookings/calendar';
import type { DateKey } from '@/lib/bookings/zone';

const WEEKDAYS = [
  ['Sun', 'Sunday'],
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
] as const;
// Every month gets six rows, so the page below never moves from one month to the next.
const ROWS = 6;

type Props = {
  month: MonthKey;
  today: DateKey;
  /** Days with at least one free time; null while the month is loading. */
  freeDays: ReadonlySet<DateKey> | null;
  selected: DateKey | null;
  /** The one day in the tab order (roving tabindex). */
  focused: DateKey;
  /** Set when the keyboard moved the focus, so the grid moves the browser's focus too. */
  moveFocus: boolean;
  canGoBack: boolean;
  canGoForward: boolean;
  onMonth: (step: -1 | 1) => void;
  onKey: (event: KeyboardEvent<HTMLTableElement>) => void;
  onFocusDay: (day: DateKey) => void;
  onChoose: (day: DateKey) => void;
};

const NAV =
  'rounded border border-zinc-300 px-3 py-1.5 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-40';

/** The month as a grid of day buttons (an ARIA grid: arrows move, Enter or Space chooses). */
export function MonthGrid(props: Props) {
  const { month, today, freeDays, selected, focused, moveFocus } = props;
  const captionId = useId();
  const grid = useRef<HTMLTableElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const forward = useRef<HTMLButtonElement>(null);
  const pressed = useRef(false);
  const weeks = monthGrid(month);
  const { canGoBack, canGoForward } = props;

  useEffect(() => {
    if (moveFocus) grid.current?.querySelector<HTMLElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused, moveFocus, month]);

  useEffect(() => {
    // A month button disabled under the focus drops it to the page: hand it to the other one.
    const fromButton = pressed.current;
    pressed.current = false;
    if (!fromButton || document.activeElement !== document.body) return;
    (canGoForward ? forward : back).current?.focus();
  }, [canGoBack, canGoForward, month]);

  // Past days are known to have no free times; later ones only once the month has loaded.
  const freeness = (day: DateKey) => (day < today ? false : freeDays ? freeDays.has(day) : null);
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <button
          ref={back}
          type="button"
          onClick={() => {
            pressed.current = true;
            props.onMonth(-1);
          }}
          disabled={!canGoBack}
          aria-label="Previous month"
          className={NAV}
        >
          <span aria-hidden="true">←</span>
        </button>
        <h3 id={captionId} className="text-lg font-semibold" aria-live="polite">
          {formatMonth(month)}
        </h3>
        <button
          ref={forward}
          type="button"
          onClick={() => {
            pressed.current = true;
            props.onMonth(1);
          }}
          disabled={!canGoForward}
          aria-label="Next month"
          className={NAV}
        >
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <table
        ref={grid}
        role="grid"
        aria-labelledby={captionId}
        onKeyDown={props.onKey}
        className="mt-4 w-full table-fixed border-collapse text-center text-sm"
      >
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" abbr={long} className="pb-2 font-medium text-zinc-500">
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.max(ROWS, weeks.length) }, (_, w) => (
            <tr key={w}>
              {(weeks[w] ?? []).map(({ date, inMonth }) =>
                inMonth ? (
                  <DayCell
                    key={date}
                    day={date}
                    free={freeness(date)}
                    isToday={date === today}
                    selected={date === selected}
                    focusable={date === focused}
                    onFocusDay={props.onFocusDay}
                    onChoose={props.onChoose}
                  />
                ) : (
                  <td key={date} className="h-11" />
                ),
              )}
              {weeks[w] ? null : <td colSpan={7} className="h-11" />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type CellProps = {
  day: DateKey;
  /** Null while not known yet (loading). */
  free: boolean | null;
  isToday: boolean;
  selected: boolean;
  focusable: boolean;
  onFocusDay: (day: DateKey) => void;
  onChoose: (day: DateKey) => void;
};

function DayCell({ day, free, isToday, selected, focusable, onFocusDay, onChoose }: CellProps) {
  const name = free === false ? `${formatDay(day)}, no free times` : formatDay(day);
  const tone = selected
    ? 'bg-zinc-900 text-white'
    : free
      ? 'border border-zinc-300 bg-white font-semibold hover:bg-zinc-100'
      : 'text-zinc-400';
  return (
    <td aria-selected={selected} className="h-11 p-0.5">
      <button
        type="button"
        data-day={day}
        tabIndex={focusable ? 0 : -1}
        aria-label={name}
        aria-disabled={free ? undefined : true}
        aria-current={isToday ? 'date' : undefined}
        onFocus={() => onFocusDay(day)}
        onClick={() => {
          if (free) onChoose(day);
        }}
        className={`h-10 w-full rounded-md ${tone} ${isToday ? 'underline underline-offset-4' : ''} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-zinc-900 aria-disabled:cursor-not-allowed`}
      >
        {Number(day.slice(8, 10))}
      </button>
    </td>
  );
}
