import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { findApp, isRedirectDomainAllowed } from '../oauth/apps';
import { findLogoutSession, invalidSessionPage } from './forms';
import { messagePage } from './layout';
import { endLoginSession } from './login-session';

/** The hosted logout page: ends the emulator login session, then returns to an allowed address. */
export function logoutRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/_wix/logout', (c) => {
    const session = findLogoutSession(ctx, c.req.query('session'));
    if (!session) return invalidSessionPage(c);
    endLoginSession(c, ctx);
    const { clientId, postFlowUrl } = session.logout;
    if (!postFlowUrl)
      return messagePage(c, 200, 'Signed out', 'You are signed out. You can close this page.');
    // Checked now, not when the session was made: the app's domains may have changed since.
    const app = findApp(ctx.store.state, clientId);
    if (!app || !isRedirectDomainAllowed(app, postFlowUrl)) {
      const message = `You are signed out, but the return address ${postFlowUrl} is not in this app's allowed redirect domains.`;
      return messagePage(c, 400, 'Return address not allowed', message);
    }
    return c.redirect(postFlowUrl, 302);
  });
  return app;
}
