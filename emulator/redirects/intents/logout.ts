import type { Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../../context';
import { wixError } from '../../http/errors';
import { findApp } from '../../oauth/apps';
import type { RedirectSessionRequest } from '../schema';
import { createRedirectSession, redirectSessionBody } from '../sessions';

/** `logout` intent: Wix ends the member's session at once, so their refresh grant is revoked here. */
export function createLogoutSession(
  ctx: EmulatorContext,
  c: Context<AppEnv>,
  body: RedirectSessionRequest,
) {
  const clientId = body.logout?.clientId ?? '';
  if (!findApp(ctx.store.state, clientId)) {
    return wixError(c, 400, 'UNKNOWN_CLIENT_ID', `Unknown OAuth app (clientId "${clientId}")`);
  }
  const caller = c.get('auth');
  const grant = ctx.store.state.refreshGrants[caller.grantId];
  if (caller.identity.kind === 'member' && grant && grant.revokedAt === null) {
    grant.revokedAt = ctx.clock();
  }
  const postFlowUrl = body.callbacks?.postFlowUrl ?? null;
  const session = createRedirectSession(ctx, { logout: { clientId, postFlowUrl } });
  return c.json(redirectSessionBody(ctx, session, 'logout'));
}
