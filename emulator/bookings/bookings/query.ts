import type { FieldDef, FieldSpec } from '../../stores/query/field-spec';
import { runCursorQuery, type QueryInput } from '../../stores/query/run';

// Query Extended Bookings: Wix's "supported filters" that a member's own list can use, over the
// booking's wire JSON (`id`, not `_id`).

type Slot = { [key: string]: unknown; resource?: { id?: unknown } };
type BookingDoc = { bookedEntity: { slot: Slot } };

const equality = ['$eq', '$ne', '$in'] as const;
const dates = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin'] as const;

// Wix documents the slot fields as `bookedEntity.item.slot.…` (the one-of's name); both are taken.
function slotFields(path: string, read: (slot: Slot) => unknown): Record<string, FieldDef> {
  const def: FieldDef = {
    type: 'string',
    ops: equality,
    get: (doc) => read((doc as BookingDoc).bookedEntity.slot),
  };
  return { [`bookedEntity.slot.${path}`]: def, [`bookedEntity.item.slot.${path}`]: def };
}

export const EXTENDED_BOOKING_FIELDS: FieldSpec = {
  id: { type: 'string', ops: equality },
  status: { type: 'string', ops: equality },
  paymentStatus: { type: 'string', ops: equality },
  selectedPaymentOption: { type: 'string', ops: equality },
  startDate: { type: 'date', ops: dates, sortable: true },
  endDate: { type: 'date', ops: dates, sortable: true },
  createdDate: { type: 'date', ops: dates, sortable: true },
  updatedDate: { type: 'date', ops: dates, sortable: true },
  'bookedEntity.tags': { type: 'array', ops: ['$hasSome', '$hasAll'] },
  'contactDetails.email': { type: 'string', ops: equality },
  ...slotFields('serviceId', (slot) => slot.serviceId),
  ...slotFields('scheduleId', (slot) => slot.scheduleId),
  ...slotFields('eventId', (slot) => slot.eventId),
  ...slotFields('resource.id', (slot) => slot.resource?.id),
};

const DEFAULT_LIMIT = 50;
const DEFAULT_SORT = [{ fieldName: 'createdDate', order: 'DESC' }];

/** Defaults of Query Extended Bookings: newest first, 50 a page (100 at most). */
export function queryExtendedBookingDocs<T>(docs: readonly T[], query: QueryInput) {
  const cursorPaging = { ...(query.cursorPaging ?? {}) };
  cursorPaging.limit ??= DEFAULT_LIMIT;
  return runCursorQuery(
    docs,
    { filter: query.filter, sort: query.sort ?? DEFAULT_SORT, cursorPaging },
    EXTENDED_BOOKING_FIELDS,
  );
}
