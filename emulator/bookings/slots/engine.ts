import type { EmulatorContext } from '../../context';
import type { Booking, BookingsState, Service } from '../model';
import {
  addDays,
  atMinutes,
  compareDates,
  minutesOfDay,
  toWallTime,
  wallTimeToUtc,
  weekdayOf,
  type CalendarDate,
} from '../time/zone';

// The sessions of a service and who is free for them, computed from its weekly hours and the
// CONFIRMED bookings; nothing about slots is stored.

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface ComputedSlot {
  serviceId: string;
  startMs: number; // UTC
  endMs: number;
  /** Free staff for appointments (all staff of the service minus busy ones); the teacher for classes. */
  freeStaffIds: string[];
  capacity: number; // appointments: number of staff; class: class size
  remaining: number; // appointments: freeStaffIds.length; class: capacity - booked participants
  eventId: string | null; // classes only
  bookable: boolean; // remaining > 0 && !tooLateToBook && onlineBookingEnabled
  tooLateToBook: boolean; // inside the lead time
}

/** A class session's event id; opaque to clients, parsed back by parseEventId. */
export const classEventId = (serviceId: string, startMs: number) => `${serviceId}.${startMs}`;

export function parseEventId(eventId: string): { serviceId: string; startMs: number } | null {
  const m = /^(.+)\.(\d{1,15})$/.exec(eventId);
  return m?.[1] && m[2] ? { serviceId: m[1], startMs: Number(m[2]) } : null;
}

/** A session in the schedule before bookings are looked at. */
export interface Session {
  startMs: number;
  endMs: number;
}

/**
 * Every session of the service whose start lies in [fromMs, toMs), from its hours in `zone`:
 * appointments every `slotStepMinutes` while start + duration ≤ the stretch's end, classes one per
 * hours entry. A start inside a daylight-saving gap does not exist and is skipped; one inside an
 * overlap happens at its first occurrence. Days are iterated by calendar date.
 */
export function sessionsOf(
  service: Service,
  zone: string,
  fromMs: number,
  toMs: number,
): Session[] {
  if (toMs <= fromMs) return [];
  const duration = service.durationMinutes * MINUTE;
  const wall = (t: number): CalendarDate => toWallTime(t, zone);
  // One day of margin on each side: a session's local day can differ from its UTC day.
  const last = addDays(wall(toMs), 1);
  const sessions: Session[] = [];
  for (let day = addDays(wall(fromMs), -1); compareDates(day, last) <= 0; day = addDays(day, 1)) {
    const weekday = weekdayOf(day);
    for (const hours of service.hours) {
      if (hours.weekday !== weekday) continue;
      const open = minutesOfDay(hours.start);
      const starts: number[] = [];
      if (service.type === 'CLASS') starts.push(open);
      else {
        const close = minutesOfDay(hours.end);
        for (let m = open; m + service.durationMinutes <= close; m += service.slotStepMinutes) {
          starts.push(m);
        }
      }
      for (const minutes of starts) {
        const startMs = wallTimeToUtc(atMinutes(day, minutes), zone);
        if (startMs === null || startMs < fromMs || startMs >= toMs) continue;
        sessions.push({ startMs, endMs: startMs + duration });
      }
    }
  }
  return sessions.sort((a, b) => a.startMs - b.startMs);
}

/** When each staff member is busy: from a CONFIRMED booking's start to its end + the buffer. */
export function busyIntervals(
  bookings: Iterable<Booking>,
  services: Readonly<Record<string, Service>>,
): Map<string, Session[]> {
  const busy = new Map<string, Session[]>();
  for (const b of bookings) {
    if (b.status !== 'CONFIRMED') continue;
    const buffer = (services[b.serviceId]?.bufferMinutes ?? 0) * MINUTE;
    const list = busy.get(b.staffId) ?? [];
    list.push({ startMs: b.startMs, endMs: b.endMs + buffer });
    busy.set(b.staffId, list);
  }
  return busy;
}

const overlaps = (a: Session, b: Session) => a.startMs < b.endMs && b.startMs < a.endMs;

/** Places taken in one class session by CONFIRMED bookings. */
function bookedParticipants(bookings: Iterable<Booking>, service: Service, startMs: number) {
  let taken = 0;
  for (const b of bookings) {
    if (b.status === 'CONFIRMED' && b.serviceId === service.id && b.startMs === startMs) {
      taken += b.participants;
    }
  }
  return taken;
}

export interface SlotInputs {
  now: number;
  service: Service;
  state: Pick<BookingsState, 'bookings' | 'services' | 'business'>;
}

/** Puts bookings on top of sessions; pure, so tests can pass any state and clock. */
export function computeSlots(inputs: SlotInputs, sessions: Session[]): ComputedSlot[] {
  const { now, service, state } = inputs;
  const bookings = Object.values(state.bookings);
  const busy = service.type === 'APPOINTMENT' ? busyIntervals(bookings, state.services) : null;
  const leadUntil = now + service.leadTimeMinutes * MINUTE;
  return sessions.map((session) => {
    let freeStaffIds: string[];
    let capacity: number;
    let remaining: number;
    if (busy) {
      freeStaffIds = service.staffIds.filter(
        (id) => !(busy.get(id) ?? []).some((interval) => overlaps(interval, session)),
      );
      capacity = service.staffIds.length;
      remaining = freeStaffIds.length;
    } else {
      freeStaffIds = [...service.staffIds];
      capacity = service.capacity;
      remaining = Math.max(0, capacity - bookedParticipants(bookings, service, session.startMs));
    }
    const tooLateToBook = session.startMs < leadUntil;
    return {
      serviceId: service.id,
      startMs: session.startMs,
      endMs: session.endMs,
      freeStaffIds,
      capacity,
      remaining,
      eventId: service.type === 'CLASS' ? classEventId(service.id, session.startMs) : null,
      bookable: remaining > 0 && !tooLateToBook && service.onlineBookingEnabled,
      tooLateToBook,
    };
  });
}

/** The window slots may start in: not past, not beyond the horizon. */
export function offeredWindow(service: Service, now: number, fromMs: number, toMs: number) {
  return { from: Math.max(fromMs, now), to: Math.min(toMs, now + service.horizonDays * DAY) };
}

const inputsOf = (ctx: EmulatorContext, service: Service): SlotInputs => ({
  now: ctx.clock(),
  service,
  state: ctx.store.state.bookings,
});

/**
 * Every session of the service starting in [fromMs, toMs) that is not past and within the
 * horizon. Appointment sessions without a free staff member are left out (Wix: "Time slots
 * aren't returned when they have no available resources"); full classes stay, remaining 0.
 */
export function slotsFor(
  ctx: EmulatorContext,
  service: Service,
  fromMs: number,
  toMs: number,
): ComputedSlot[] {
  const inputs = inputsOf(ctx, service);
  const { from, to } = offeredWindow(service, inputs.now, fromMs, toMs);
  const zone = inputs.state.business.timeZone;
  return computeSlots(inputs, sessionsOf(service, zone, from, to)).filter(
    (slot) => service.type === 'CLASS' || slot.remaining > 0,
  );
}

/**
 * The session starting exactly at startMs, or null when the schedule has none then (or it is
 * past or beyond the horizon). Unlike slotsFor it also returns a session nobody can take
 * (remaining 0, bookable false), so callers can tell "taken" from "no such time".
 */
export function findSlot(
  ctx: EmulatorContext,
  service: Service,
  startMs: number,
): ComputedSlot | null {
  const inputs = inputsOf(ctx, service);
  const { from, to } = offeredWindow(service, inputs.now, startMs, startMs + 1);
  const zone = inputs.state.business.timeZone;
  const sessions = sessionsOf(service, zone, from, to).filter((s) => s.startMs === startMs);
  return computeSlots(inputs, sessions)[0] ?? null;
}
