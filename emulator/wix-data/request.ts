import { z } from 'zod';

const limit = z.number().int().nullish();

const sorting = z.looseObject({
  fieldName: z.string().min(1, 'must not be empty'),
  order: z.enum(['ASC', 'DESC']).optional(),
});

/** `QueryDataItemsRequest` as `@wix/data` `items.query(…).find()` sends it (typings' limits). */
export const queryDataItemsSchema = z
  .looseObject({
    dataCollectionId: z
      .string({ error: 'is required' })
      .min(1, 'must not be empty')
      .max(256, 'must be at most 256 characters'),
    query: z
      .looseObject({
        filter: z.record(z.string(), z.unknown()).nullish(),
        sort: z.array(sorting).nullish(),
        paging: z.looseObject({ limit, offset: limit }).nullish(),
        cursorPaging: z.looseObject({ limit, cursor: z.string().nullish() }).nullish(),
        fields: z.array(z.string()).max(1000).nullish(),
      })
      .nullish(),
    returnTotalCount: z.boolean().nullish(),
    includeReferences: z
      .array(z.looseObject({ field: z.string().min(1, 'must not be empty') }))
      .max(50)
      .nullish(),
    includeReferencedItems: z.array(z.string()).max(50).nullish(),
  })
  .refine((r) => !(r.query?.paging && r.query.cursorPaging), {
    path: ['query', 'cursorPaging'],
    message: 'cannot be used together with paging',
  });

export type QueryDataItemsRequest = z.infer<typeof queryDataItemsSchema>;
