import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, EmulatorContext } from '../../context';
import { readPayload } from '../../stores/payload';
import { bookingsRead } from '../guard';
import type { Service } from '../model';
import { findSlot, slotsFor, type ComputedSlot } from '../slots/engine';
import { parseLocalDateTime, wallTimeToUtc, type WallTime } from '../time/zone';
import { eventTimeSlotRoutes } from './event-routes';
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
import { capPerDay, matchViolations, narrowToResources, STAFF_RESOURCE_TYPE_ID } from './select';
import { toTimeSlotJson } from './time-slot-json';

const locationSchema = z
  .object({ id: z.string().nullish(), locationType: z.string().nullish() })
  .loose();
const resourceTypesSchema = z
  .array(
    z.object({
      resourceTypeId: z.string().nullish(),
      resourceIds: z.array(z.string()).nullish(),
    }),
  )
  .max(8)
  .nullish();
const violationsSchema = z
  .object({
    tooEarlyToBook: z.boolean().nullish(),
    tooLateToBook: z.boolean().nullish(),
    bookOnlineDisabled: z.boolean().nullish(),
  })
  .loose()
  .nullish();

const listSchema = z
  .object({
    serviceId: z.string().nullish(),
    ...rangeFields,
    locations: z.array(locationSchema).max(5).nullish(),
    includeResourceTypeIds: z.array(z.string()).max(100).nullish(),
    bookable: z.boolean().nullish(),
    bookingPolicyViolations: violationsSchema,
    timeSlotsPerDay: z.number().int().min(1).max(1000).nullish(),
    resourceTypes: resourceTypesSchema,
  })
  .loose();

const getSchema = z
  .object({
    serviceId: z.string().min(1),
    localStartDate: z.string(),
    localEndDate: z.string(),
    timeZone: z.string().max(150).nullish(),
    // The SDK sends `location` as an array [observed]; the typings say one object.
    location: z.union([locationSchema, z.array(locationSchema)]).nullish(),
    includeResourceTypeIds: z.array(z.string()).max(100).nullish(),
    resourceTypes: resourceTypesSchema,
  })
  .loose();

/** The appointment service the call names: unknown → 404, a class → 400 [unverified code]. */
export function appointmentService(ctx: EmulatorContext, id: string | null | undefined): Service {
  if (!id) throw new Refusal(400, 'MISSING_ARGUMENTS', 'serviceId is required');
  const service = ctx.store.state.bookings.services[id];
  if (!service) throw new Refusal(404, 'SERVICE_NOT_FOUND', `Service ${id} not found`);
  if (service.type !== 'APPOINTMENT') {
    throw new Refusal(
      400,
      'NO_IMPLEMENTERS_FOUND',
      `Service ${id} is a ${service.type.toLowerCase()}; use listEventTimeSlots for its sessions`,
    );
  }
  return service;
}

/** Whether the requested locations include the business location (no filter = all). */
export function atBusinessLocation(
  ctx: EmulatorContext,
  locations: readonly z.infer<typeof locationSchema>[] | null | undefined,
): boolean {
  if (!locations?.length) return true;
  const { id } = ctx.store.state.bookings.business.location;
  return locations.some((l) =>
    l.id ? l.id === id : l.locationType !== 'CUSTOM' && l.locationType !== 'CUSTOMER',
  );
}

const wantsStaff = (ids: readonly string[] | null | undefined) =>
  ids?.includes(STAFF_RESOURCE_TYPE_ID) ?? false;

/** Availability Time Slots V2 (appointments) and Event Time Slots (classes). */
export function availabilityRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = bookingsRead(ctx);
  const state = () => ctx.store.state.bookings;

  app.post(
    '/_api/service-availability/v2/time-slots',
    guard,
    answeringSlots(async (c) => {
      const list = await readListRequest(c, 1000);
      const body = parseBody(listSchema, list.request);
      const service = appointmentService(ctx, body.serviceId);
      const zone = zoneOf(ctx, body.timeZone);
      const { fromMs, toMs } = utcRange(ctx, zone, body.fromLocalDate, body.toLocalDate);
      let slots: ComputedSlot[] = atBusinessLocation(ctx, body.locations)
        ? slotsFor(ctx, service, fromMs, toMs)
        : [];
      slots = narrowToResources(slots, body.resourceTypes);
      if (body.bookable != null) slots = slots.filter((s) => s.bookable === body.bookable);
      slots = matchViolations(
        slots,
        body.bookingPolicyViolations,
        () => service.onlineBookingEnabled,
      );
      slots = capPerDay(slots, body.timeSlotsPerDay, (s) => localDay(s.startMs, zone));
      const page = slotPage(slots, list);
      const withStaff = wantsStaff(body.includeResourceTypeIds);
      return c.json({
        timeSlots: page.items.map((s) =>
          toTimeSlotJson(state(), service, s, { timeZone: zone, withStaff }),
        ),
        timeZone: zone,
        cursorPagingMetadata: page.metadata,
      });
    }),
  );

  app.post(
    '/_api/service-availability/v2/time-slots/get',
    guard,
    answeringSlots(async (c) => {
      const body = parseBody(getSchema, await readPayload(c));
      const service = appointmentService(ctx, body.serviceId);
      const zone = zoneOf(ctx, body.timeZone);
      const notFound = () =>
        new Refusal(
          404,
          'SLOT_NOT_FOUND',
          'No free time slot at that start and end for this service',
        );
      const start = parseLocalDateTime(body.localStartDate);
      const end = parseLocalDateTime(body.localEndDate);
      if (!start || !end) throw notFound();
      const startMs = wallTimeToUtc(start, zone);
      const endMs = wallTimeToUtc(end as WallTime, zone);
      const locations = Array.isArray(body.location)
        ? body.location
        : body.location
          ? [body.location]
          : [];
      const found =
        startMs === null || !atBusinessLocation(ctx, locations)
          ? null
          : findSlot(ctx, service, startMs);
      if (!found || found.endMs !== endMs) throw notFound();
      // Like the list: a session without an available staff member is no time slot.
      const [slot] = narrowToResources(found.remaining > 0 ? [found] : [], body.resourceTypes);
      if (!slot) throw notFound();
      const withStaff =
        !body.includeResourceTypeIds?.length || wantsStaff(body.includeResourceTypeIds);
      return c.json({
        timeSlot: toTimeSlotJson(state(), service, slot, { timeZone: zone, withStaff }),
        timeZone: zone,
      });
    }),
  );

  app.route('/', eventTimeSlotRoutes(ctx));
  return app;
}
