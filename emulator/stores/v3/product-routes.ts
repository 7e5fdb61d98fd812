import { Hono, type Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { catalogOf, visibleProducts } from '../catalog-access';
import type { CatalogProduct } from '../catalog-model';
import { answering, catalogCall, notFound } from '../guard';
import { readPayload, requestedFields } from '../payload';
import type { QueryInput } from '../query/run';
import { runCursorQuery } from '../query/run';
import { searchScore, type SearchMode } from '../query/search-text';
import { V3_QUERY_FIELDS, V3_SEARCH_FIELDS } from './fields';
import { FULL_VIEW_FIELDS, toV3Product, type V3ProductJson } from './product-json';

type Doc = V3ProductJson & { product: CatalogProduct };

/** Full JSON of every visible product, so filters see fields the response may leave out. */
function documents(ctx: EmulatorContext): Doc[] {
  const catalog = catalogOf(ctx);
  const view = { fields: FULL_VIEW_FIELDS, variants: true, publicUrl: ctx.config.publicUrl };
  return visibleProducts(ctx).map((product) => ({
    ...toV3Product(catalog, product, view),
    product,
  }));
}

function render(
  ctx: EmulatorContext,
  c: Context,
  payload: Record<string, unknown>,
  docs: Doc[],
  variants: boolean,
) {
  const view = { fields: requestedFields(c, payload), variants, publicUrl: ctx.config.publicUrl };
  return docs.map((d) => toV3Product(catalogOf(ctx), d.product, view));
}

// Wix search: words of the expression match word starts in the name, then description and SKUs.
function textSearch(docs: Doc[], search: unknown): Doc[] {
  const { expression, mode } = (search ?? {}) as { expression?: unknown; mode?: unknown };
  if (typeof expression !== 'string' || expression.trim() === '') return docs;
  const searchMode: SearchMode = mode === 'AND' ? 'AND' : 'OR';
  return docs
    .map((doc) => {
      const texts = [
        doc.name,
        doc.product.description.join(' '),
        doc.product.variants.map((v) => v.sku).join(' '),
      ];
      return { doc, score: searchScore(expression, texts, searchMode) };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.doc);
}

export function v3ProductRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = catalogCall(ctx, 'V3_CATALOG');
  const query = answering(async (c) => {
    const payload = await readPayload(c);
    const q = (payload.query ?? {}) as QueryInput;
    const page = runCursorQuery(documents(ctx), q, V3_QUERY_FIELDS, 'query');
    return c.json({
      products: render(ctx, c, payload, page.items, false),
      pagingMetadata: page.pagingMetadata,
    });
  });
  const search = answering(async (c) => {
    const payload = await readPayload(c);
    const s = (payload.search ?? {}) as QueryInput;
    const page = runCursorQuery(documents(ctx), s, V3_SEARCH_FIELDS, 'search', (docs, state) =>
      textSearch(docs, state.search),
    );
    return c.json({
      products: render(ctx, c, payload, page.items, false),
      pagingMetadata: page.pagingMetadata,
    });
  });
  for (const method of ['GET', 'POST'] as const) {
    app.on(method, '/stores/v3/products/query', guard, query);
    app.on(method, '/stores/v3/products/search', guard, search);
  }
  const one = (c: Context, found: Doc | undefined, key: string) =>
    found
      ? render(ctx, c, {}, [found], true)[0]
      : notFound(c, 'PRODUCT_NOT_FOUND', `Product ${key} not found`);
  app.get('/stores/v3/products/slug/:slug', guard, (c) => {
    const slug = c.req.param('slug');
    const product = one(
      c,
      documents(ctx).find((d) => d.slug === slug),
      `with slug "${slug}"`,
    );
    return product instanceof Response ? product : c.json({ product });
  });
  app.get('/stores/v3/products/:productId', guard, (c) => {
    const id = c.req.param('productId');
    const product = one(
      c,
      documents(ctx).find((d) => d.id === id),
      id,
    );
    return product instanceof Response ? product : c.json({ product });
  });
  return app;
}
