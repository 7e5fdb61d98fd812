import { Hono, type Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { catalogOf, productsIn } from '../catalog-access';
import type { CatalogCollection } from '../catalog-model';
import { answering, catalogCall, notFound } from '../guard';
import { mediaUrl, IMAGE_SIZE } from '../media-json';
import { requestedFields } from '../payload';
import { fail, type FieldDef, type FieldSpec } from '../query/field-spec';
import { runCursorQuery, type QueryInput } from '../query/run';
import { toRichContent } from '../rich-text';

export const STORES_TREE = '@wix/stores';

const F = (type: FieldDef['type'], sortable = false): FieldDef => ({ type, sortable });
// From the SDK's CategoriesQueryBuilder (wire names).
const CATEGORY_FIELDS: FieldSpec = {
  id: F('string', true),
  createdDate: F('date', true),
  updatedDate: F('date', true),
  name: F('string', true),
  visible: F('boolean', true),
  'parentCategory.id': F('string'),
  'parentCategory.index': F('number', true),
  slug: F('string', true),
  'treeReference.appNamespace': F('string'),
  'treeReference.treeKey': F('string'),
  managingAppId: F('string'),
};

function categoryJson(ctx: EmulatorContext, c: CatalogCollection, fields: ReadonlySet<string>) {
  const url = mediaUrl(c.mediaId);
  return {
    id: c.id,
    revision: '1',
    createdDate: c.createdDate,
    updatedDate: c.createdDate,
    name: c.name,
    image: { id: c.mediaId, url, width: IMAGE_SIZE, height: IMAGE_SIZE, altText: c.name },
    itemCounter: productsIn(ctx, c.id).length,
    ...(fields.has('DESCRIPTION') ? { description: c.description } : {}),
    ...(fields.has('RICH_CONTENT_DESCRIPTION')
      ? { richContentDescription: toRichContent([`<p>${c.description}</p>`], c.id.slice(0, 8)) }
      : {}),
    visible: c.visible,
    ...(fields.has('BREADCRUMBS_INFO') ? { breadcrumbsInfo: { breadcrumbs: [] } } : {}),
    slug: c.slug,
    seoData: { tags: [], settings: { preventAutoRedirect: false, keywords: [] } },
    treeReference: { appNamespace: STORES_TREE },
  };
}

/** `treeReference.appNamespace` from a body or the flattened query string. */
function treeOf(c: Context, body?: Record<string, unknown>): string {
  const tree = (body?.treeReference ?? {}) as { appNamespace?: unknown };
  const ns = body ? tree.appNamespace : c.req.query('treeReference.appNamespace');
  if (typeof ns !== 'string' || ns === '') return fail('treeReference.appNamespace', 'is required');
  return ns;
}

/** Categories (the V3 catalog's collections) of the `@wix/stores` tree. */
export function categoryRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = catalogCall(ctx, 'V3_CATALOG');
  const collections = () => catalogOf(ctx).collections;
  app.post(
    '/categories/v1/categories/query',
    guard,
    answering(async (c) => {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse((await c.req.text()) || '{}');
      } catch {
        return fail('body', 'is not valid JSON');
      }
      const fields = requestedFields(c, body);
      // As on Wix: hidden categories only when asked for; Get Category finds them regardless.
      const shown = body.returnNonVisibleCategories === true;
      const docs =
        treeOf(c, body) === STORES_TREE
          ? collections()
              .filter((col) => shown || col.visible)
              .map((col) => categoryJson(ctx, col, fields))
          : [];
      const page = runCursorQuery(docs, (body.query ?? {}) as QueryInput, CATEGORY_FIELDS, 'query');
      return c.json({ categories: page.items, pagingMetadata: page.pagingMetadata });
    }),
  );
  const one = (c: Context, find: (col: CatalogCollection) => boolean, what: string) => {
    const tree = treeOf(c);
    const found = tree === STORES_TREE ? collections().find(find) : undefined;
    if (!found) return notFound(c, 'CATEGORY_NOT_FOUND', `Category ${what} not found`);
    return c.json({ category: categoryJson(ctx, found, requestedFields(c, {})) });
  };
  app.get(
    '/categories/v1/categories/slug/:slug',
    guard,
    answering((c) => {
      const slug = c.req.param('slug') ?? '';
      return one(c, (col) => col.slug === slug, `with slug "${slug}"`);
    }),
  );
  app.get(
    '/categories/v1/categories/:categoryId',
    guard,
    answering((c) => {
      const id = c.req.param('categoryId') ?? '';
      return one(c, (col) => col.id === id, id);
    }),
  );
  return app;
}
