import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const appId = z.string({ error: 'is required' }).min(1, 'must not be empty').max(36);

const catalogReference = z.looseObject({
  catalogItemId: z.string({ error: 'is required' }).min(1, 'must not be empty').max(36),
  appId,
});

const algorithm = z.looseObject({
  id: z.string({ error: 'is required' }).regex(GUID, 'must be a GUID'),
  appId,
});

/** `GetRecommendationRequest` (typings' limits); the SDK renames each algorithm's `_id` to `id`. */
export const getRecommendationSchema = z.looseObject({
  algorithms: z
    .array(algorithm, { error: 'is required' })
    .min(1, 'must list at least 1 algorithm')
    .max(10, 'must list at most 10 algorithms'),
  items: z.array(catalogReference).max(300, 'must list at most 300 items').nullish(),
  minimumRecommendedItems: z.number().int().min(0).max(100).nullish(),
});

export type GetRecommendationRequest = z.infer<typeof getRecommendationSchema>;
export type CatalogReference = z.infer<typeof catalogReference>;
