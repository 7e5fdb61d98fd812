import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { catalogCall, siteCatalogVersion } from './guard';
import { v1Routes } from './v1/routes';
import { categoryRoutes } from './v3/category-routes';
import { v3ProductRoutes } from './v3/product-routes';

/** Wix Stores: catalog versioning plus both catalogs; the site's version decides which answers. */
export function storesRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/stores/v3/provision/version', catalogCall(ctx, null), (c) =>
    c.json({ catalogVersion: siteCatalogVersion(ctx) }),
  );
  app.route('/', v3ProductRoutes(ctx));
  app.route('/', categoryRoutes(ctx));
  app.route('/', v1Routes(ctx));
  return app;
}
