import type { FieldDef, FieldSpec } from '../query/field-spec';

// The fields Products V3 lets you filter and sort on, from the SDK's V3ProductQuerySpec and
// V3ProductSearchSpec (names as on the wire: `_id` → `id`).

const ANY = (type: FieldDef['type'], sortable = false): FieldDef => ({ type, sortable });
const ARRAY_OPS = ['$hasSome', '$hasAll'] as const;
const list = (): FieldDef => ({ type: 'array', ops: ARRAY_OPS });

const CATEGORY_ITEM: FieldSpec = { id: ANY('string'), index: ANY('number') };
const VARIANT_ITEM: FieldSpec = {
  id: ANY('string'),
  sku: ANY('string'),
  barcode: ANY('string'),
  visible: ANY('boolean'),
  'price.actualPrice.amount': ANY('number'),
  'price.compareAtPrice.amount': ANY('number'),
  'choices.optionChoiceIds.choiceId': ANY('string'),
  'choices.optionChoiceIds.optionId': ANY('string'),
};

export const V3_QUERY_FIELDS: FieldSpec = {
  'options.id': list(),
  id: ANY('string'),
  handle: ANY('string'),
  createdDate: ANY('date', true),
  updatedDate: ANY('date', true),
  slug: ANY('string', true),
  visible: ANY('boolean', true),
};

const items = (spec: FieldSpec): FieldDef => ({ type: 'items', items: spec });

export const V3_SEARCH_FIELDS: FieldSpec = {
  'allCategoriesInfo.categories': items(CATEGORY_ITEM),
  'directCategoriesInfo.categories': items(CATEGORY_ITEM),
  'variantsInfo.variants': items(VARIANT_ITEM),
  'additionalRibbons.id': list(),
  'additionalRibbons.name': list(),
  'options.id': list(),
  'options.name': list(),
  'options.choicesSettings.choices.choiceId': list(),
  'options.choicesSettings.choices.name': list(),
  id: ANY('string'),
  'brand.id': ANY('string'),
  'brand.name': ANY('string'),
  handle: ANY('string'),
  'inventory.availabilityStatus': ANY('string'),
  'inventory.preorderAvailability': ANY('string'),
  'inventory.preorderStatus': ANY('string'),
  productType: ANY('string'),
  'ribbon.id': ANY('string'),
  'ribbon.name': ANY('string'),
  slug: ANY('string'),
  visible: ANY('boolean'),
  visibleInPos: ANY('boolean'),
  createdDate: ANY('date', true),
  updatedDate: ANY('date', true),
  name: ANY('string', true),
  'actualPriceRange.minValue.amount': ANY('number', true),
  'actualPriceRange.maxValue.amount': ANY('number', true),
  'compareAtPriceRange.minValue.amount': ANY('number', true),
  'compareAtPriceRange.maxValue.amount': ANY('number', true),
};
