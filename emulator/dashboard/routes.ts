import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv, EmulatorContext } from '../context';
import { randomSecret } from '../crypto';
import type { FieldViolation } from '../http/errors';
import { findApp } from '../oauth/apps';
import { createOAuthApp, deleteOAuthApp, updateOAuthApp } from '../oauth-apps/service';
import { readForm } from '../pages/forms';
import type { Html } from '../pages/layout';
import { createdPage, problemPage } from './created-view';
import { describeViolation, editFields } from './form-input';
import { consumeCsrfToken, isSameOriginPost, issueCsrfToken, ownHostOnly } from './guard';
import { clientPath, DASHBOARD_PATH } from './layout';
import {
  APP_TYPE_LABELS,
  confirmDeletePage,
  editPage,
  listPage,
  type DashboardAppType,
} from './views';

function send(c: Context, page: Html, status: ContentfulStatusCode = 200, nonce?: string) {
  const script = nonce ? `script-src 'nonce-${nonce}'` : "script-src 'none'";
  c.header(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; ${script}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  );
  return c.html(page, status);
}

const sortedApps = (ctx: EmulatorContext) =>
  Object.values(ctx.store.state.oauthApps).sort((a, b) =>
    a.createdDate.localeCompare(b.createdDate),
  );
const messages = (violations: FieldViolation[], fields: Parameters<typeof describeViolation>[1]) =>
  violations.map((v) => describeViolation(v, fields));
const refused = (c: Context) =>
  send(
    c,
    problemPage(
      'Request refused',
      'This form has expired or was sent from another site. Go back to Headless Settings and try again.',
    ),
    403,
  );
const unknownClient = (c: Context) =>
  send(c, problemPage('Client not found', 'There is no headless client with this ID.'), 404);

/** The local stand-in for the Wix dashboard's Headless Settings page (no API key: local only). */
export function dashboardRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(DASHBOARD_PATH, ownHostOnly(ctx));
  app.use(`${DASHBOARD_PATH}/*`, ownHostOnly(ctx));
  // Every POST needs this page's single-use token and a same-origin Origin/Referer.
  const guarded = async (c: Context) => {
    const form = await readForm(c);
    const tokenOk = consumeCsrfToken(ctx, form.csrf); // spent even when the origin is wrong
    return tokenOk && isSameOriginPost(c, ctx) ? form : null;
  };

  app.get(DASHBOARD_PATH, (c) => {
    const deleted = c.req.query('deleted');
    const notice = deleted ? `Deleted the client “${deleted}”.` : undefined;
    return send(c, listPage({ apps: sortedApps(ctx), csrf: issueCsrfToken(ctx), notice }));
  });

  app.post(`${DASHBOARD_PATH}/clients`, async (c) => {
    const form = await guarded(c);
    if (!form) return refused(c);
    const name = form.name ?? '';
    const type = Object.hasOwn(APP_TYPE_LABELS, form.type ?? '')
      ? (form.type as DashboardAppType)
      : 'WEB_APP';
    const created = await createOAuthApp(ctx, { name, applicationType: type });
    if (!created.ok) {
      const errors =
        created.failure.kind === 'invalid' ? messages(created.failure.violations, { name }) : [];
      const page = listPage({
        apps: sortedApps(ctx),
        csrf: issueCsrfToken(ctx),
        errors,
        form: { name, type },
      });
      return send(c, page, 400);
    }
    const nonce = randomSecret(16);
    return send(c, createdPage(created.value.app, created.value.secret, nonce), 200, nonce);
  });

  app.get(`${DASHBOARD_PATH}/clients/:id`, (c) => {
    const found = findApp(ctx.store.state, c.req.param('id'));
    if (!found) return unknownClient(c);
    const saved = c.req.query('saved') === '1';
    return send(c, editPage({ app: found, csrf: issueCsrfToken(ctx), saved }));
  });

  app.post(`${DASHBOARD_PATH}/clients/:id`, async (c) => {
    const form = await guarded(c);
    if (!form) return refused(c);
    const id = c.req.param('id');
    const fields = editFields(form);
    const paths = [
      'name',
      'allowedRedirectDomains',
      'allowedRedirectUris',
      'loginUrl',
      'logoutUrl',
    ] as const;
    const updated = updateOAuthApp(ctx, id, fields, [...paths]);
    if (updated.ok) return c.redirect(`${clientPath(id)}?saved=1`, 303);
    if (updated.failure.kind !== 'invalid') return unknownClient(c);
    const current = findApp(ctx.store.state, id);
    if (!current) return unknownClient(c);
    const errors = messages(updated.failure.violations, fields);
    return send(
      c,
      editPage({ app: current, csrf: issueCsrfToken(ctx), errors, values: form }),
      400,
    );
  });

  app.get(`${DASHBOARD_PATH}/clients/:id/delete`, (c) => {
    const found = findApp(ctx.store.state, c.req.param('id'));
    if (!found) return unknownClient(c);
    return send(c, confirmDeletePage(found, issueCsrfToken(ctx)));
  });

  app.post(`${DASHBOARD_PATH}/clients/:id/delete`, async (c) => {
    const form = await guarded(c);
    if (!form) return refused(c);
    const deleted = deleteOAuthApp(ctx, c.req.param('id'));
    if (!deleted.ok) return unknownClient(c);
    return c.redirect(`${DASHBOARD_PATH}?deleted=${encodeURIComponent(deleted.value.name)}`, 303);
  });

  return app;
}
