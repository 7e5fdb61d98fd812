import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { DOMAINS } from '../domains/registry';
import type { IntentHandler, IntentName } from '../domains/types';
import { validationError, wixError } from '../http/errors';
import { readJsonBody } from '../http/json-body';
import { requireAccessToken } from '../oauth/authenticate';
import { createAuthSession } from './intents/auth';
import { createLogoutSession } from './intents/logout';
import { KNOWN_INTENTS, redirectSessionRequestSchema } from './schema';

// The core's own intents; checkout intents come with their domains.
const INTENT_HANDLERS: Partial<Record<IntentName, IntentHandler>> = Object.assign(
  { auth: createAuthSession, logout: createLogoutSession },
  ...DOMAINS.map((domain) => domain.intents ?? {}),
);

export function redirectRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/_api/redirects-api/v1/redirect-session', requireAccessToken(ctx), async (c) => {
    const body = await readJsonBody(c, redirectSessionRequestSchema);
    if (!body.ok) return body.response;
    const intents = KNOWN_INTENTS.filter(
      (name) => body.value[name] !== undefined && body.value[name] !== null,
    );
    const [intent, extra] = intents;
    if (!intent || extra) {
      return validationError(c, [
        { field: 'intent', description: 'exactly one intent must be given' },
      ]);
    }
    const handler = INTENT_HANDLERS[intent];
    if (!handler) {
      return wixError(
        c,
        400,
        'INTENT_NOT_SUPPORTED',
        `The "${intent}" intent is not supported by the emulator yet`,
      );
    }
    return handler(ctx, c, body.value);
  });
  return app;
}
