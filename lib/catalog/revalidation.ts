import { z } from 'zod';
import { catalogTags, serviceTags } from './cache-tags';

// The emulator sends what a Wix Stores or Bookings webhook carries; so can a small relay for real
// Wix events.
const eventSchema = z.object({
  eventType: z.string().min(1).max(200),
  entityId: z.string().max(200).optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,199}$/)
    .optional(),
});

export type CatalogEvent = z.infer<typeof eventSchema>;

export function parseCatalogEvent(body: unknown): CatalogEvent | null {
  const parsed = eventSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** The narrowest cache tags that make the change visible. */
export function tagsForEvent(event: CatalogEvent): string[] {
  const type = event.eventType.toLowerCase();
  if (type.includes('service')) {
    // The services page lists names and prices, so it refreshes with the service.
    return event.slug ? [serviceTags.service(event.slug), serviceTags.all] : [serviceTags.all];
  }
  if (type.includes('product')) {
    // Listings show prices and stock too, so they refresh with the product.
    return event.slug ? [catalogTags.product(event.slug), catalogTags.products] : [catalogTags.all];
  }
  if (type.includes('collection') || type.includes('categor')) {
    return [catalogTags.collections, catalogTags.products];
  }
  return [catalogTags.all];
}
