import type { EmulatorContext } from '../context';
import { catalogOf } from '../stores/catalog-access';
import { siteCatalogVersion } from '../stores/guard';
import { IMAGE_SIZE } from '../stores/media-json';
import type { FieldSpec } from '../stores/query/field-spec';

/** One item's `data`, as Wix Data returns it (system fields with their underscore). */
export type DataDoc = Record<string, unknown> & { _id: string };

/** A collection the items API can read: its items and the fields queries may filter and sort. */
export interface DataCollection {
  items(): DataDoc[];
  fields: FieldSpec;
}

// Wix Data image fields hold `wix:image://` strings; the emulator's media ids are its file names.
const wixImage = (mediaId: string, name: string) =>
  `wix:image://v1/${mediaId}/${encodeURIComponent(name)}#originWidth=${IMAGE_SIZE}&originHeight=${IMAGE_SIZE}`;

const STRING = { type: 'string', sortable: true } as const;

// Wix Stores' read-only "Stores/Collections" app collection (read: Anyone; at most 100 per query).
const storesCollections = (ctx: EmulatorContext): DataCollection => ({
  items: () =>
    catalogOf(ctx).collections.map((c) => ({
      _id: c.v1Id,
      name: c.name,
      mainMedia: wixImage(c.mediaId, c.name),
      slug: c.slug,
    })),
  fields: { _id: STRING, name: STRING, slug: STRING },
});

/**
 * The site's data collections. A new Wix Stores site has no CMS collections of its own (the
 * commerce template's "Menus" and "Pages" are created by hand), only the Stores app collections;
 * the emulator serves "Stores/Collections" on a catalog V1 site and nothing else.
 */
export function findDataCollection(ctx: EmulatorContext, id: string): DataCollection | undefined {
  if (id === 'Stores/Collections' && siteCatalogVersion(ctx) === 'V1_CATALOG') {
    return storesCollections(ctx);
  }
  return undefined;
}
