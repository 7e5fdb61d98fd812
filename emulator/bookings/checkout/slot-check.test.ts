import { describe, expect, it } from 'vitest';
import type { Service } from '../model';
import { seedBookings, serviceId, staffId } from '../seed';
import type { ComputedSlot } from '../slots/engine';
import { checkSlot } from './slot-check';

const { services } = seedBookings();
const service = (slug: string): Service => {
  const found = services[serviceId(slug)];
  if (!found) throw new Error(slug);
  return found;
};
const haircut = service('haircut');
const yoga = service('yoga-flow');
const anna = staffId('anna');
const ben = staffId('ben');
const START = Date.parse('2026-12-08T15:00:00Z');

const slot = (over: Partial<ComputedSlot> = {}): ComputedSlot => ({
  serviceId: haircut.id,
  startMs: START,
  endMs: START + 30 * 60_000,
  freeStaffIds: [anna, ben],
  capacity: 2,
  remaining: 2,
  eventId: null,
  bookable: true,
  tooLateToBook: false,
  ...over,
});
const ask = (over: Partial<{ staffId: string | null; eventId: string | null }> = {}) => ({
  startMs: START,
  staffId: null,
  eventId: null,
  ...over,
});

describe('checkSlot', () => {
  it('gives the chosen staff member, or the first free one', () => {
    expect(checkSlot(haircut, ask({ staffId: ben }), slot())).toMatchObject({
      ok: true,
      staffId: ben,
    });
    expect(checkSlot(haircut, ask(), slot({ freeStaffIds: [ben], remaining: 1 }))).toMatchObject({
      ok: true,
      staffId: ben,
    });
  });

  it('says taken when no place is left or the chosen staff member is busy', () => {
    const full = slot({ freeStaffIds: [], remaining: 0, bookable: false });
    expect(checkSlot(haircut, ask(), full)).toEqual({ ok: false, reason: 'taken' });
    const annaBusy = slot({ freeStaffIds: [ben], remaining: 1 });
    expect(checkSlot(haircut, ask({ staffId: anna }), annaBusy)).toEqual({
      ok: false,
      reason: 'taken',
    });
  });

  it('says missing for no such session, a foreign staff member or another class event', () => {
    expect(checkSlot(haircut, ask(), null)).toEqual({ ok: false, reason: 'missing' });
    expect(checkSlot(haircut, { ...ask(), startMs: null }, slot())).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(checkSlot(haircut, ask({ staffId: staffId('dana') }), slot())).toEqual({
      ok: false,
      reason: 'missing',
    });
    const session = slot({ serviceId: yoga.id, eventId: `${yoga.id}.${START}` });
    expect(checkSlot(yoga, ask({ eventId: `${yoga.id}.1` }), session)).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('books a class with its teacher whatever resource was sent, and refuses inside the lead time', () => {
    const dana = staffId('dana');
    const session = slot({ serviceId: yoga.id, freeStaffIds: [dana], capacity: 8, remaining: 3 });
    expect(checkSlot(yoga, ask({ staffId: anna }), session)).toMatchObject({
      ok: true,
      staffId: dana,
    });
    expect(checkSlot(haircut, ask(), slot({ tooLateToBook: true, bookable: false }))).toEqual({
      ok: false,
      reason: 'too-late',
    });
  });
});
