import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { runGrant } from './grants';
import { parseTokenRequest } from './token-request';

/** `POST /oauth2/token`: OAuth errors use the RFC 6749 body, not Wix's applicationError. */
export function oauthRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/oauth2/token', async (c) => {
    const request = parseTokenRequest(await c.req.text(), c.req.header('content-type') ?? '');
    if (!request) {
      return c.json(
        { error: 'invalid_request', error_description: 'Malformed token request body' },
        400,
      );
    }
    const result = runGrant(ctx, request);
    if (!result.ok)
      return c.json({ error: result.error, error_description: result.description }, 400);
    ctx.stats.countGrant(request.grantType);
    return c.json(result.tokens);
  });
  return app;
}
