import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { validationError, wixError } from '../http/errors';
import { requireAccessToken } from '../oauth/authenticate';
import type { CatalogVersion } from './catalog-model';
import { QueryError } from './query/field-spec';

const VERSIONS = { v1: 'V1_CATALOG', v3: 'V3_CATALOG', none: 'STORES_NOT_INSTALLED' } as const;

export const siteCatalogVersion = (ctx: EmulatorContext): CatalogVersion =>
  VERSIONS[ctx.config.catalog ?? 'v3'];

/**
 * Every catalog call: counted for benchmarks, needs an access token, and is refused when the site
 * runs the other catalog version (428, like Wix's FAILED_PRECONDITION).
 */
export function catalogCall(
  ctx: EmulatorContext,
  needs: CatalogVersion | null,
): MiddlewareHandler<AppEnv> {
  const authenticate = requireAccessToken(ctx);
  return async (c, next) => {
    ctx.stats.countCatalog(c.req.path);
    let authenticated = false;
    const refused = await authenticate(c, async () => {
      authenticated = true;
    });
    if (!authenticated) return refused ?? undefined;
    const site = siteCatalogVersion(ctx);
    if (needs && site === 'STORES_NOT_INSTALLED') {
      return wixError(c, 404, 'STORES_NOT_INSTALLED', 'Wix Stores is not installed on this site.');
    }
    if (needs && site !== needs) {
      const [siteV, apiV] = site === 'V1_CATALOG' ? ['V1', 'V3'] : ['V3', 'V1'];
      return wixError(
        c,
        428,
        `CATALOG_${siteV}_SITE_CALLING_CATALOG_${apiV}_API`,
        `This site uses Wix Stores catalog ${siteV}; the catalog ${apiV} API is not available. ` +
          'Check catalogVersioning.getCatalogVersion() and call the matching API.',
      );
    }
    await next();
  };
}

type Handler = (c: Context<AppEnv>) => Response | Promise<Response>;

/** Query-language mistakes become Wix's 400 validationError instead of a 500. */
export const answering =
  (handler: Handler): Handler =>
  async (c) => {
    try {
      return await handler(c);
    } catch (error) {
      if (error instanceof QueryError) return validationError(c, error.violations);
      throw error;
    }
  };

export const notFound = (c: Context, code: string, message: string) =>
  wixError(c, 404, code, message);
