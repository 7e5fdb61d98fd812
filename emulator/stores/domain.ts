import { Hono } from 'hono';
import { catalogAdminRoutes } from '../admin/catalog-routes';
import type { AppEnv, EmulatorContext } from '../context';
import type { EmulatorDomain } from '../domains/types';
import { mediaRoutes } from '../media/routes';
import { storesRoutes } from './routes';

/** Wix Stores: both catalogs, their images and the merchant's /__emulator/catalog edits. */
export const storesDomain: EmulatorDomain = {
  name: 'stores',
  routes(ctx: EmulatorContext) {
    const app = new Hono<AppEnv>();
    for (const routes of [storesRoutes, catalogAdminRoutes, mediaRoutes])
      app.route('/', routes(ctx));
    return app;
  },
};
