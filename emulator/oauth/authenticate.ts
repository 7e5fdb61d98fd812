import type { MiddlewareHandler } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { wixError } from '../http/errors';
import { findApp } from './apps';
import { verifyAccessToken } from './tokens';

/** Module calls: the SDK sends the raw access token (no "Bearer"); both forms are accepted. */
export function requireAccessToken(ctx: EmulatorContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = c.req
      .header('authorization')
      ?.replace(/^Bearer\s+/i, '')
      .trim();
    if (!token)
      return wixError(
        c,
        401,
        'UNAUTHENTICATED',
        'Missing access token in the Authorization header',
      );
    const { state } = ctx.store;
    const check = verifyAccessToken(state.signingSecret, token, Math.floor(ctx.clock() / 1000));
    if (!check.ok) {
      return check.reason === 'expired'
        ? wixError(c, 401, 'TOKEN_EXPIRED', 'Access token has expired')
        : wixError(c, 401, 'UNAUTHENTICATED', 'Access token is invalid');
    }
    if (!findApp(state, check.claims.clientId)) {
      return wixError(
        c,
        401,
        'UNAUTHENTICATED',
        'The OAuth app of this access token no longer exists',
      );
    }
    const grant = state.refreshGrants[check.claims.grantId];
    if (!grant || grant.revokedAt !== null) {
      return wixError(c, 401, 'UNAUTHENTICATED', 'The session of this access token has ended');
    }
    c.set('auth', check.claims);
    await next();
  };
}
