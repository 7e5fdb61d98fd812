import type { FieldDef, FieldSpec } from '../../stores/query/field-spec';

// The Services V2 fields the emulator filters and sorts on (wire names; the SDK sends `_id` as
// `id`), read from the service JSON.

const field = (type: FieldDef['type'], sortable = false): FieldDef => ({ type, sortable });
const list = (): FieldDef => ({ type: 'array', ops: ['$hasSome', '$hasAll', '$in', '$eq'] });

export const SERVICE_QUERY_FIELDS: FieldSpec = {
  id: field('string'),
  appId: field('string'),
  type: field('string', true),
  name: field('string', true),
  sortOrder: field('number', true),
  hidden: field('boolean'),
  description: field('string'),
  tagLine: field('string'),
  'form.id': field('string'),
  'payment.options.online': field('boolean'),
  'payment.options.inPerson': field('boolean'),
  'payment.options.pricingPlan': field('boolean'),
  'mainSlug.name': field('string'),
  'supportedSlugs.name': list(),
  'category.id': field('string'),
  'category.name': field('string', true),
  'category.sortOrder': field('number', true),
  'onlineBooking.enabled': field('boolean'),
  'payment.rateType': field('string'),
  staffMemberIds: list(),
  'locations.type': list(),
  'locations.business.id': list(),
  createdDate: field('date', true),
  updatedDate: field('date', true),
};
