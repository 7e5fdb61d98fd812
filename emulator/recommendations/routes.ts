import { Hono, type Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { readJsonBody } from '../http/json-body';
import { validationError } from '../http/errors';
import { requireAccessToken } from '../oauth/authenticate';
import { visibleProducts } from '../stores/catalog-access';
import { siteCatalogVersion } from '../stores/guard';
import {
  findAlgorithm,
  STORES_ALGORITHMS,
  STORES_APP_DEF_ID,
  STORES_APP_ID,
  type StoresAlgorithm,
} from './algorithms';
import { getRecommendationSchema, type GetRecommendationRequest } from './request';

const storesInstalled = (ctx: EmulatorContext) =>
  siteCatalogVersion(ctx) !== 'STORES_NOT_INSTALLED';

const availableAlgorithms = (ctx: EmulatorContext) =>
  storesInstalled(ctx)
    ? STORES_ALGORITHMS.map((a) => ({
        config: {
          name: a.name,
          description: a.description,
          algorithmType: a.type,
          algorithmId: a.id,
        },
        appId: STORES_APP_ID,
        catalogAppIds: [STORES_APP_ID],
      }))
    : [];

// Wix's application-error body with the `data` the typings declare for each code.
const refusal = (c: Context, status: 400 | 404, code: string, message: string, data = {}) =>
  c.json({ message, details: { applicationError: { code, description: message, data } } }, status);

/** The request's problems in Wix's order: provider, algorithms, then the items' app ids. */
function refuse(c: Context, ctx: EmulatorContext, request: GetRecommendationRequest) {
  const { algorithms } = request;
  const items = request.items ?? [];
  if (!storesInstalled(ctx) || algorithms.some((a) => a.appId !== STORES_APP_ID)) {
    const message = 'No installed app provides these algorithms';
    return refusal(c, 404, 'RECOMMENDATIONS_PROVIDER_NOT_FOUND', message);
  }
  const unsupportedAlgorithms = algorithms.filter((a) => !findAlgorithm(a.id));
  if (unsupportedAlgorithms.length > 0) {
    const message = 'Wix Stores does not provide these algorithms';
    return refusal(c, 400, 'ALGORITHM_NOT_SUPPORTED', message, { unsupportedAlgorithms });
  }
  const foreign = items.filter((i) => i.appId !== STORES_APP_ID && i.appId !== STORES_APP_DEF_ID);
  if (foreign.length > 0) {
    const message = 'Wix Stores algorithms recommend only Wix Stores items';
    return refusal(c, 400, 'ITEM_APP_ID_NOT_SUPPORTED', message, { items: foreign, algorithms });
  }
  const related = algorithms.some((a) => findAlgorithm(a.id)?.type === 'RELATED_ITEMS');
  if (items.length === 0 && related) {
    const description = 'is required by RELATED_ITEMS algorithms';
    return validationError(c, [{ field: 'items', description }]);
  }
  return null;
}

/** The first algorithm, in the caller's order, that recommends at least the minimum. */
function recommend(ctx: EmulatorContext, request: GetRecommendationRequest) {
  const visible = visibleProducts(ctx);
  const asked = new Set((request.items ?? []).map((i) => i.catalogItemId));
  const related = visible.filter((p) => asked.has(p.id));
  const minimum = request.minimumRecommendedItems ?? 0;
  for (const wanted of request.algorithms) {
    const algorithm = findAlgorithm(wanted.id) as StoresAlgorithm;
    const ids = algorithm.recommend(visible, related);
    if (ids.length > 0 && ids.length >= minimum) {
      return {
        items: ids.map((catalogItemId) => ({ catalogItemId, appId: STORES_APP_ID })),
        algorithm: { id: algorithm.id, appId: STORES_APP_ID },
      };
    }
  }
  return null;
}

/** eCom Recommendations (`@wix/ecom` `recommendations`), served by Wix Stores' four algorithms. */
export function recommendationsRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = requireAccessToken(ctx);
  // The SDK uses /v1/recommendations; Wix's REST docs also list /ecom/v1/recommendations.
  for (const base of ['/v1/recommendations', '/ecom/v1/recommendations']) {
    app.get(`${base}/algorithms`, auth, (c) =>
      c.json({ availableAlgorithms: availableAlgorithms(ctx) }),
    );
    app.post(`${base}/get`, auth, async (c) => {
      const body = await readJsonBody(c, getRecommendationSchema);
      if (!body.ok) return body.response;
      const refused = refuse(c, ctx, body.value);
      if (refused) return refused;
      const recommendation = recommend(ctx, body.value);
      // No algorithm reached the minimum: Wix leaves `recommendation` out.
      return c.json(recommendation ? { recommendation } : {});
    });
  }
  return app;
}
