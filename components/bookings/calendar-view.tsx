'use client';

import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { addMonths, monthOf, monthRange } from '@/lib/bookings/calendar';
import { clampDay, dayAfterKey } from '@/lib/bookings/calendar-keys';
import { parseMonthParam, parseZoneParam } from '@/lib/bookings/params';
import { groupSlotsByDay } from '@/lib/bookings/slots-by-day';
import { addDays, dayKeyOf, type DateKey } from '@/lib/bookings/zone';
import type { CalendarService } from './booking-calendar';
import { BookNowForm } from './book-now-form';
import { MonthGrid } from './month-grid';
import { SlotsStatus } from './slots-status';
import { StaffSelect } from './staff-select';
import { useFreeSlots } from './use-free-slots';
import { ZoneSwitch } from './zone-switch';

// Wix offers no slot beyond the booking horizon (90 days in the seed, the route's limit is 92).
const HORIZON_DAYS = 90;

type Props = {
  service: CalendarService;
  browserZone: string;
  monthParam: string | null;
  zoneParam: string | null;
};

/** The calendar itself, rendered only in the browser (it needs "today" and the shopper's zone). */
export function CalendarView({ service, browserZone, monthParam, zoneParam }: Props) {
  const business = service.businessTimeZone;
  const urlZone = parseZoneParam(zoneParam);
  // A `?tz=` other than the business's stands in for the browser's zone.
  const [yours] = useState(() => (urlZone && urlZone !== business ? urlZone : browserZone));
  const [showBusiness, setShowBusiness] = useState(urlZone === business);
  const [now] = useState(() => Date.now());
  const zone = showBusiness ? business : yours;
  const today = dayKeyOf(now, zone);
  const lastDay = addDays(today, HORIZON_DAYS);
  const [firstMonth, lastMonth] = [monthOf(today), monthOf(lastDay)];

  const [wanted, setWanted] = useState(() => parseMonthParam(monthParam));
  const month = wanted && wanted >= firstMonth && wanted <= lastMonth ? wanted : firstMonth;
  const [staff, setStaff] = useState('any');
  const [selected, setSelected] = useState<DateKey | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ day: DateKey | null; move: boolean }>({
    day: null,
    move: false,
  });

  const range = monthRange(month);
  const from = range.from < today ? today : range.from;
  const to = range.to > lastDay ? lastDay : range.to;
  const free = useFreeSlots({
    service: service.slug,
    from,
    to,
    timeZone: zone,
    staff: staff === 'any' ? null : staff,
  });
  const byDay = useMemo(
    () => (free.status === 'ready' ? groupSlotsByDay(free.slots, zone) : null),
    [free, zone],
  );
  const freeDays = useMemo(() => (byDay ? new Set(byDay.keys()) : null), [byDay]);
  const inMonth = (day: DateKey | null): day is DateKey => day !== null && monthOf(day) === month;
  const focused = inMonth(focus.day) ? focus.day : inMonth(selected) ? selected : from;

  // Shareable: the month and a business-zone choice live in the URL (never the shopper's zone).
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (month === monthOf(today)) params.delete('month');
    else params.set('month', month);
    if (showBusiness) params.set('tz', business);
    else params.delete('tz');
    const query = params.toString();
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }, [month, today, showBusiness, business]);

  function showMonth(next: string) {
    setWanted(next);
    // The buttons keep the focus; the grid's roving day starts afresh in the new month.
    setFocus({ day: null, move: false });
  }

  function onKey(event: KeyboardEvent<HTMLTableElement>) {
    const next = dayAfterKey(focused, event.key);
    if (!next) return;
    event.preventDefault();
    const day = clampDay(next, monthRange(firstMonth).from, monthRange(lastMonth).to);
    if (monthOf(day) !== month) showMonth(monthOf(day));
    setFocus({ day, move: true });
  }

  function switchZone(business: boolean) {
    setShowBusiness(business);
    setSelected(null);
    setChosen(null);
  }

  const day = inMonth(selected) ? selected : null;
  const slots = day && byDay ? (byDay.get(day) ?? []) : null;
  const chosenSlot = slots?.find((s) => s.start === chosen) ?? null;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end gap-x-10 gap-y-4">
        <ZoneSwitch
          yours={yours}
          business={business}
          showBusiness={showBusiness}
          onChange={switchZone}
        />
        {service.staff.length > 1 ? (
          <StaffSelect
            staff={service.staff}
            value={staff}
            onChange={(id) => {
              setStaff(id);
              setChosen(null);
            }}
          />
        ) : null}
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,24rem)_1fr]">
        <div>
          <MonthGrid
            month={month}
            today={today}
            freeDays={freeDays}
            selected={day}
            focused={focused}
            moveFocus={focus.move}
            canGoBack={month > firstMonth}
            canGoForward={month < lastMonth}
            onMonth={(step) => showMonth(addMonths(month, step))}
            onKey={onKey}
            onFocusDay={(day) => setFocus((f) => (f.day === day ? f : { day, move: false }))}
            onChoose={(day) => {
              setSelected(day);
              setChosen(null);
            }}
          />
          <SlotsStatus month={month} free={free} />
        </div>
        <BookNowForm
          service={service}
          day={day}
          slots={slots}
          timeZone={zone}
          shopperTimeZone={yours}
          staff={staff}
          chosen={chosenSlot}
          onChoose={setChosen}
        />
      </div>
    </div>
  );
}
