'use client';

import { useSearchParams } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import type { Service } from '@/lib/wix/booking-types';
import { CalendarSkeleton } from './calendar-skeleton';
import { CalendarView } from './calendar-view';

export type CalendarService = Pick<Service, 'slug' | 'type' | 'staff' | 'businessTimeZone'>;

const subscribeNever = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The booking calendar island. "Today" and the shopper's zone exist only in the browser, so the
 * server (and the cached page) renders a skeleton of the same size in its place.
 */
export function BookingCalendar({ service }: { service: CalendarService }) {
  const zone = useSyncExternalStore(subscribeNever, browserZone, () => null);
  const params = useSearchParams();
  if (!zone) return <CalendarSkeleton />;
  return (
    <CalendarView
      service={service}
      browserZone={zone}
      monthParam={params.get('month')}
      zoneParam={params.get('tz')}
    />
  );
}
