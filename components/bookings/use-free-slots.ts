'use client';

import { useEffect, useState } from 'react';
import type { FreeSlot } from '@/lib/wix/booking-types';

export type SlotsQuery = {
  service: string;
  /** Calendar dates (YYYY-MM-DD, both inclusive) in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
  staff: string | null;
};

export type FreeSlots =
  | { status: 'loading' }
  | { status: 'ready'; slots: FreeSlot[] }
  | { status: 'error'; retry: () => void };

type Answer = { key: string; slots: FreeSlot[] | null };

function urlOf(query: SlotsQuery): string {
  const params = new URLSearchParams({
    service: query.service,
    from: query.from,
    to: query.to,
    tz: query.timeZone,
  });
  if (query.staff) params.set('staff', query.staff);
  return `/api/availability?${params}`;
}

async function load(url: string, signal: AbortSignal): Promise<FreeSlot[]> {
  const response = await fetch(url, { signal, cache: 'no-store' });
  if (!response.ok) throw new Error(`availability answered ${response.status}`);
  const body = (await response.json()) as { slots?: unknown };
  if (!Array.isArray(body.slots)) {
    throw new Error('availability answered an unexpected body');
  }
  return body.slots as FreeSlot[];
}

/**
 * The free times of one month (always fresh: the route is no-store). A newer query aborts the
 * older request, and an answer is only shown for the query it was asked for.
 */
export function useFreeSlots(query: SlotsQuery): FreeSlots {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const url = urlOf(query);
  const key = `${attempt}|${url}`;

  useEffect(() => {
    const controller = new AbortController();
    load(url, controller.signal).then(
      (slots) => setAnswer({ key, slots }),
      () => {
        if (!controller.signal.aborted) setAnswer({ key, slots: null });
      },
    );
    return () => controller.abort();
  }, [key, url]);

  if (answer?.key !== key) return { status: 'loading' };
  if (!answer.slots) return { status: 'error', retry: () => setAttempt((n) => n + 1) };
  return { status: 'ready', slots: answer.slots };
}
