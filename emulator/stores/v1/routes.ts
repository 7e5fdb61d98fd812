import { Hono, type Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { catalogOf, productsIn, visibleProducts } from '../catalog-access';
import type { CatalogCollection } from '../catalog-model';
import { answering, catalogCall, notFound } from '../guard';
import { readPayload } from '../payload';
import { runOffsetQuery, type QueryInput } from '../query/run';
import { V1_COLLECTION_FIELDS, V1_PRODUCT_FIELDS } from './fields';
import { toV1Collection, toV1Product } from './product-json';

/** Catalog V1: the `products` module (stores-reader) and the `collections` module (/v2). */
export function v1Routes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = catalogCall(ctx, 'V1_CATALOG');
  const products = () =>
    visibleProducts(ctx).map((p) => toV1Product(catalogOf(ctx), p, ctx.config.publicUrl));
  const collections = () =>
    catalogOf(ctx).collections.map((c) => toV1Collection(c, productsIn(ctx, c.id).length));

  const queryProducts = answering(async (c) => {
    const payload = await readPayload(c);
    const page = runOffsetQuery(products(), (payload.query ?? {}) as QueryInput, V1_PRODUCT_FIELDS);
    return c.json({ products: page.items, metadata: page.metadata });
  });
  const queryCollections = answering(async (c) => {
    const payload = await readPayload(c);
    const query = (payload.query ?? {}) as QueryInput;
    const page = runOffsetQuery(collections(), query, V1_COLLECTION_FIELDS);
    return c.json({ collections: page.items, metadata: page.metadata });
  });
  for (const method of ['GET', 'POST'] as const) {
    app.on(method, '/stores-reader/v1/products/query-platformized', guard, queryProducts);
    app.on(method, '/v2/collections/query', guard, queryCollections);
  }

  app.get('/stores-reader/v1/products/:id', guard, (c) => {
    const product = products().find((p) => p.id === c.req.param('id'));
    if (!product) return notFound(c, 'PRODUCT_NOT_FOUND', `Product ${c.req.param('id')} not found`);
    return c.json({ product });
  });

  const collectionBy = (c: Context, match: (col: CatalogCollection) => boolean, what: string) => {
    const found = catalogOf(ctx).collections.find(match);
    if (!found) return notFound(c, 'COLLECTION_NOT_FOUND', `Collection ${what} not found`);
    const count = productsIn(ctx, found.id).length;
    return c.json({ collection: toV1Collection(found, count) });
  };
  for (const path of ['/stores-reader/v1/collections/slug/:slug', '/v2/collections/slug/:slug']) {
    app.get(path, guard, (c) => {
      const slug = c.req.param('slug') ?? '';
      return collectionBy(c, (col) => col.slug === slug, `with slug "${slug}"`);
    });
  }
  app.get('/v2/collections/:id', guard, (c) => {
    const id = c.req.param('id');
    return collectionBy(c, (col) => col.v1Id === id, id);
  });
  return app;
}
