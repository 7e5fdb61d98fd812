import type { Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { wixError } from '../../http/errors';
import { findApp, isRedirectUriAllowed } from '../../oauth/apps';
import { authRequestSchema } from '../../store/schema';
import type { RedirectSessionRequest } from '../schema';
import { createRedirectSession, redirectSessionBody } from '../sessions';

/** `auth` intent (getAuthUrl): refuse unknown apps and redirect URIs not registered exactly. */
export function createAuthSession(
  ctx: EmulatorContext,
  c: Context<AppEnv>,
  body: RedirectSessionRequest,
) {
  const auth = body.auth;
  if (!auth) throw new Error('auth intent without auth');
  // Stored without sessionToken (custom-login completion is not emulated yet): zod strips it.
  const authRequest = authRequestSchema.parse(auth.authRequest);
  const app = findApp(ctx.store.state, authRequest.clientId);
  if (!app) {
    return wixError(
      c,
      400,
      'UNKNOWN_CLIENT_ID',
      `Unknown OAuth app (clientId "${authRequest.clientId}")`,
    );
  }
  if (!isRedirectUriAllowed(app, authRequest.redirectUri)) {
    const message = `Redirect URI "${authRequest.redirectUri}" is not in the allowedRedirectUris of OAuth app "${app.name}"`;
    return wixError(c, 400, 'REDIRECT_URI_NOT_ALLOWED', message);
  }
  const caller = c.get('auth').identity;
  const visitorId = caller.kind === 'visitor' ? caller.id : undefined;
  const session = createRedirectSession(ctx, {
    auth: { authRequest, prompt: auth.prompt, ...(visitorId ? { visitorId } : {}) },
  });
  return c.json(redirectSessionBody(ctx, session, 'login'));
}
