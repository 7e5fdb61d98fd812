import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { validationError, wixError } from '../http/errors';
import { readJsonBody } from '../http/json-body';
import { findProduct, productsIn } from '../stores/catalog-access';
import { availability, type CatalogProduct } from '../stores/catalog-model';
import {
  applyCatalogUpdate,
  catalogUpdateSchema,
  UnknownVariantError,
} from '../stores/catalog-update';
import { announceProductChange } from '../stores/webhook';

const summary = (p: CatalogProduct) => ({
  id: p.id,
  slug: p.slug,
  name: p.name,
  visible: p.visible,
  availability: availability(p),
  updatedDate: p.updatedDate,
  variants: p.variants.map(({ id, choices, price, sku, inStock, quantity }) => ({
    id,
    choices,
    price,
    sku,
    inStock,
    quantity,
  })),
});

/** Emulator-only: change the catalog while running, as a merchant would in the dashboard. */
export function catalogAdminRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/__emulator/catalog/products', (c) =>
    c.json({ products: ctx.store.state.catalog.products.map(summary) }),
  );
  app.get('/__emulator/catalog/collections', (c) =>
    c.json({
      collections: ctx.store.state.catalog.collections.map((col) => ({
        id: col.id,
        v1Id: col.v1Id,
        slug: col.slug,
        name: col.name,
        visible: col.visible,
        numberOfProducts: productsIn(ctx, col.id).length,
      })),
    }),
  );
  app.get('/__emulator/catalog/products/:idOrSlug', (c) => {
    const product = findProduct(ctx, c.req.param('idOrSlug'));
    if (!product) return wixError(c, 404, 'PRODUCT_NOT_FOUND', 'No such product');
    return c.json({ product: summary(product) });
  });
  app.post('/__emulator/catalog/products/:idOrSlug', async (c) => {
    const product = findProduct(ctx, c.req.param('idOrSlug'));
    if (!product) return wixError(c, 404, 'PRODUCT_NOT_FOUND', 'No such product');
    const body = await readJsonBody(c, catalogUpdateSchema);
    if (!body.ok) return body.response;
    let changes: string[];
    try {
      changes = applyCatalogUpdate(product, body.value, ctx.clock());
    } catch (error) {
      if (!(error instanceof UnknownVariantError)) throw error;
      return validationError(c, [{ field: 'stock.variantId', description: error.message }]);
    }
    ctx.store.changed();
    const webhook = await announceProductChange(ctx, product, changes);
    return c.json({ product: summary(product), changes, webhook });
  });
  return app;
}
