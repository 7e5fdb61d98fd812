import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, EmulatorContext } from '../../context';
import { compileFilter } from '../../stores/query/filter';
import type { FieldSpec } from '../../stores/query/field-spec';
import { bookingsRead } from '../guard';
import type { Service } from '../model';
import { findSlot, parseEventId, slotsFor, type ComputedSlot } from '../slots/engine';
import {
  answeringSlots,
  localDay,
  parseBody,
  rangeFields,
  readListRequest,
  slotPage,
  Refusal,
  utcRange,
  zoneOf,
} from './requests';
import { capPerDay, matchViolations } from './select';
import { toTimeSlotJson } from './time-slot-json';

const listSchema = z
  .object({
    ...rangeFields,
    serviceIds: z.array(z.string()).max(100).nullish(),
    includeNonBookable: z.boolean().nullish(),
    minBookableCapacity: z.number().int().min(1).nullish(),
    eventFilter: z.record(z.string(), z.unknown()).nullish(),
    maxSlotsPerDay: z.number().int().min(1).max(1000).nullish(),
    bookingPolicyViolations: z
      .object({
        tooEarlyToBook: z.boolean().nullish(),
        tooLateToBook: z.boolean().nullish(),
        bookOnlineDisabled: z.boolean().nullish(),
      })
      .loose()
      .nullish(),
  })
  .loose();

// What `eventFilter` may name (Events V3 query fields the emulator knows).
const EVENT_FIELDS: FieldSpec = {
  'resources.id': { type: 'array', ops: ['$hasSome', '$hasAll', '$in', '$eq'] },
  'location.id': { type: 'array', ops: ['$hasSome', '$in', '$eq'] },
};
const eventDoc = (ctx: EmulatorContext, slot: ComputedSlot) => ({
  resources: slot.freeStaffIds.map((id) => ({ id })),
  location: { id: ctx.store.state.bookings.business.location.id },
});

/** The class services asked for: none named = every class; unknown ids and appointments skipped. */
function classServices(ctx: EmulatorContext, ids: readonly string[] | null | undefined): Service[] {
  const all = Object.values(ctx.store.state.bookings.services);
  const chosen = ids ? ids.flatMap((id) => all.filter((s) => s.id === id)) : all;
  return chosen.filter((s) => s.type === 'CLASS');
}

/** Event Time Slots V2: class sessions (`eventTimeSlots.listEventTimeSlots`, `getEventTimeSlot`). */
export function eventTimeSlotRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = bookingsRead(ctx);
  const state = () => ctx.store.state.bookings;
  const json = (slot: ComputedSlot, zone: string) => {
    const service = state().services[slot.serviceId] as Service;
    return toTimeSlotJson(state(), service, slot, { timeZone: zone, withStaff: true });
  };

  app.post(
    '/_api/service-availability/v2/time-slots/event',
    guard,
    answeringSlots(async (c) => {
      const list = await readListRequest(c, 50);
      const body = parseBody(listSchema, list.request);
      const zone = zoneOf(ctx, body.timeZone);
      const { fromMs, toMs } = utcRange(ctx, zone, body.fromLocalDate, body.toLocalDate);
      const matches = compileFilter(body.eventFilter, EVENT_FIELDS, 'eventFilter');
      let slots = classServices(ctx, body.serviceIds)
        .flatMap((service) => slotsFor(ctx, service, fromMs, toMs))
        .filter((slot) => matches(eventDoc(ctx, slot)))
        .sort((a, b) => a.startMs - b.startMs);
      if (body.includeNonBookable === false) slots = slots.filter((s) => s.bookable);
      if (body.minBookableCapacity) {
        const min = body.minBookableCapacity;
        slots = slots.filter((s) => s.remaining >= min);
      }
      const online = (s: ComputedSlot) =>
        state().services[s.serviceId]?.onlineBookingEnabled ?? false;
      slots = matchViolations(slots, body.bookingPolicyViolations, online);
      slots = capPerDay(slots, body.maxSlotsPerDay, (s) => localDay(s.startMs, zone));
      const page = slotPage(slots, list);
      return c.json({
        timeSlots: page.items.map((slot) => json(slot, zone)),
        timeZone: zone,
        pagingMetadata: page.metadata,
      });
    }),
  );

  app.get(
    '/_api/service-availability/v2/time-slots/event/:eventId',
    guard,
    answeringSlots((c) => {
      const eventId = c.req.param('eventId') ?? '';
      const zone = zoneOf(ctx, c.req.query('timeZone'));
      const parsed = parseEventId(eventId);
      const service = parsed ? state().services[parsed.serviceId] : undefined;
      const slot =
        parsed && service?.type === 'CLASS' ? findSlot(ctx, service, parsed.startMs) : null;
      if (!slot) throw new Refusal(404, 'SLOT_NOT_FOUND', `No class session ${eventId}`);
      return c.json({ timeSlot: json(slot, zone), timeZone: zone });
    }),
  );
  return app;
}
