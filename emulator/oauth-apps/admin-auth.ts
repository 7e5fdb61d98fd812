import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { sha256Hex } from '../crypto';
import { wixError } from '../http/errors';
import { EMULATOR_ADMIN_API_KEY, EMULATOR_SITE_ID } from './defaults';

// Hashing first gives equal lengths, so the comparison leaks nothing about the key.
const sameSecret = (a: string, b: string): boolean =>
  timingSafeEqual(Buffer.from(sha256Hex(a)), Buffer.from(sha256Hex(b)));

/** Admin calls, like Wix API keys: raw key in Authorization (as ApiKeyStrategy sends) + site id. */
export function requireAdminApiKey(ctx: EmulatorContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req
      .header('authorization')
      ?.replace(/^Bearer\s+/i, '')
      .trim();
    if (!key)
      return wixError(c, 401, 'UNAUTHENTICATED', 'Missing API key in the Authorization header');
    if (!sameSecret(key, ctx.config.adminApiKey ?? EMULATOR_ADMIN_API_KEY))
      return wixError(c, 401, 'UNAUTHENTICATED', 'The API key is not valid');
    const siteId = c.req.header('wix-site-id')?.trim();
    if (!siteId) {
      const message = 'Missing wix-site-id header: this API key acts on a site, name it';
      return wixError(c, 403, 'PERMISSION_DENIED', message);
    }
    if (siteId !== (ctx.config.siteId ?? EMULATOR_SITE_ID)) {
      const message = `This API key has no access to site "${siteId}"`;
      return wixError(c, 403, 'PERMISSION_DENIED', message);
    }
    await next();
  };
}
