import type { Service } from '../model';
import type { ComputedSlot } from '../slots/engine';

/** What the session asks for: a service's session at an instant, maybe with a staff member. */
export interface SlotRequest {
  startMs: number | null;
  staffId: string | null;
  eventId: string | null;
}

export type SlotCheck =
  | { ok: true; slot: ComputedSlot; staffId: string }
  | { ok: false; reason: 'missing' | 'taken' | 'too-late' };

/**
 * Whether the requested session can be booked right now, and by whom it is taken: the chosen
 * staff member, else the first free one (a class: its teacher).
 */
export function checkSlot(
  service: Service,
  request: SlotRequest,
  slot: ComputedSlot | null,
): SlotCheck {
  if (!slot || request.startMs === null || !service.onlineBookingEnabled) {
    return { ok: false, reason: 'missing' };
  }
  const isClass = service.type === 'CLASS';
  if (isClass && request.eventId && request.eventId !== slot.eventId) {
    return { ok: false, reason: 'missing' };
  }
  const chosen = isClass ? null : request.staffId;
  if (chosen && !service.staffIds.includes(chosen)) return { ok: false, reason: 'missing' };
  if (slot.remaining <= 0 || (chosen && !slot.freeStaffIds.includes(chosen))) {
    return { ok: false, reason: 'taken' };
  }
  if (slot.tooLateToBook) return { ok: false, reason: 'too-late' };
  const staffId = chosen ?? slot.freeStaffIds[0] ?? service.staffIds[0];
  return staffId ? { ok: true, slot, staffId } : { ok: false, reason: 'taken' };
}

/** The sentence the booking page shows when a check fails (e2e tests rely on "taken"). */
export const SLOT_MESSAGES: Record<Exclude<SlotCheck, { ok: true }>['reason'], string> = {
  taken: 'This time was just booked by someone else. Choose another time.',
  missing: 'This time is not offered for booking. Choose another time.',
  'too-late': 'This time starts too soon to be booked online. Choose another time.',
};
