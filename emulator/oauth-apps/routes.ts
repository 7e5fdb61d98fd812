import { Hono, type Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { validationError, wixError } from '../http/errors';
import { readJsonBody } from '../http/json-body';
import { requireAdminApiKey } from './admin-auth';
import { parseMask } from './mask';
import { runQuery } from './query';
import {
  createOAuthApp,
  deleteOAuthApp,
  generateOAuthAppSecret,
  getOAuthApp,
  updateOAuthApp,
  type AppFailure,
} from './service';
import { createBodySchema, queryBodySchema, toCreateInput, toWire, updateBodySchema } from './wire';

const BASE = '/oauth-app/v1/oauth-apps';

function failure(c: Context, f: AppFailure) {
  if (f.kind === 'invalid') return validationError(c, f.violations);
  if (f.kind === 'not-found')
    return wixError(c, 404, 'OAUTH_APP_NOT_FOUND', `OAuth app "${f.id}" not found`);
  const message = `OAuth app "${f.id}" already has a secret; a secret can be generated only once (create a new app if it was lost)`;
  return wixError(c, 400, 'SECRET_ALREADY_GENERATED', message);
}

/** `@wix/auth-management` oAuthApps (wix-api.md §8), behind the emulator's admin API key. */
export function oauthAppRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(`${BASE}`, requireAdminApiKey(ctx));
  app.use(`${BASE}/*`, requireAdminApiKey(ctx));

  app.post(BASE, async (c) => {
    const body = await readJsonBody(c, createBodySchema);
    if (!body.ok) return body.response;
    const created = await createOAuthApp(ctx, toCreateInput(body.value.oAuthApp));
    if (!created.ok) return failure(c, created.failure);
    return c.json({ oAuthApp: toWire(created.value.app, created.value.secret) });
  });

  app.post(`${BASE}/query`, async (c) => {
    const body = await readJsonBody(c, queryBodySchema);
    if (!body.ok) return body.response;
    const query = body.value.query ?? {};
    if (query.cursorPaging) {
      const description = 'is not supported for OAuth apps; use paging (offset)';
      return validationError(c, [{ field: 'query.cursorPaging', description }]);
    }
    const result = runQuery(Object.values(ctx.store.state.oauthApps), {
      filter: query.filter,
      sort: query.sort,
      paging: query.paging ?? undefined,
    });
    if (!result.ok) return validationError(c, result.violations);
    const { items, offset, total } = result;
    return c.json({
      oAuthApps: items.map((a) => toWire(a)),
      pagingMetadata: { count: items.length, offset, total, tooManyToCount: false },
    });
  });

  app.get(`${BASE}/:id`, (c) => {
    const found = getOAuthApp(ctx, c.req.param('id'));
    return found.ok ? c.json({ oAuthApp: toWire(found.value) }) : failure(c, found.failure);
  });

  app.patch(`${BASE}/:id`, async (c) => {
    const body = await readJsonBody(c, updateBodySchema);
    if (!body.ok) return body.response;
    const id = c.req.param('id');
    const { oAuthApp, mask } = body.value;
    if (oAuthApp.id && oAuthApp.id !== id) {
      const description = `must match the id in the path ("${id}")`;
      return validationError(c, [{ field: 'oAuthApp.id', description }]);
    }
    const paths = parseMask(mask);
    if (!paths.ok) return validationError(c, paths.violations);
    const fields = toCreateInput(oAuthApp);
    const updated = updateOAuthApp(ctx, id, fields, paths.paths);
    return updated.ok ? c.json({ oAuthApp: toWire(updated.value) }) : failure(c, updated.failure);
  });

  app.delete(`${BASE}/:id`, (c) => {
    const deleted = deleteOAuthApp(ctx, c.req.param('id'));
    return deleted.ok ? c.json({}) : failure(c, deleted.failure);
  });

  app.post(`${BASE}/:id/generate-secret`, async (c) => {
    const secret = await generateOAuthAppSecret(ctx, c.req.param('id'));
    return secret.ok ? c.json({ oAuthAppSecret: secret.value }) : failure(c, secret.failure);
  });

  app.get(`${BASE}/:id/secret`, (c) => {
    const found = getOAuthApp(ctx, c.req.param('id'));
    if (!found.ok) return failure(c, found.failure);
    const message =
      'The emulator keeps only a hash of OAuth app secrets, so it cannot return one; the secret was shown once, when it was issued';
    return wixError(c, 403, 'SECRET_NOT_RETRIEVABLE', message);
  });

  return app;
}
