import type { EmulatorContext } from '../context';
import { newId, randomSecret } from '../crypto';
import type { FieldViolation } from '../http/errors';
import { hashPassword } from '../members/passwords';
import { findApp } from '../oauth/apps';
import type { OAuthApp } from '../store/schema';
import type { UpdatableField } from './mask';
import { validateAppFields, type OAuthAppFields } from './validate';

export type AppFailure =
  | { kind: 'invalid'; violations: FieldViolation[] }
  | { kind: 'not-found'; id: string }
  | { kind: 'secret-already-issued'; id: string };
export type AppResult<T> = { ok: true; value: T } | { ok: false; failure: AppFailure };

export interface CreateInput extends OAuthAppFields {
  name?: string;
  applicationType?: OAuthApp['applicationType'];
  technology?: OAuthApp['technology'];
  /** true: create without a secret and generate it later (once) with generateOAuthAppSecret. */
  allowSecretGeneration?: boolean | null;
}

const fail = <T>(failure: AppFailure): AppResult<T> => ({ ok: false, failure });
const notFound = <T>(id: string) => fail<T>({ kind: 'not-found', id });

/** A fresh secret; only its scrypt hash is kept, so it can be shown exactly once. */
async function issueSecret(app: OAuthApp): Promise<string> {
  // Closed before the await, so two concurrent generate calls cannot both get a secret.
  app.allowSecretGeneration = false;
  const secret = randomSecret(32);
  app.secretHash = await hashPassword(secret);
  return secret;
}

export async function createOAuthApp(
  ctx: EmulatorContext,
  input: CreateInput,
): Promise<AppResult<{ app: OAuthApp; secret: string | null }>> {
  const violations = validateAppFields({ ...input, name: input.name ?? '' });
  if (violations.length) return fail({ kind: 'invalid', violations });
  const app: OAuthApp = {
    id: newId(),
    name: (input.name ?? '').trim(),
    description: input.description ?? '',
    allowedRedirectUris: input.allowedRedirectUris ?? [],
    allowedRedirectDomains: input.allowedRedirectDomains ?? [],
    loginUrl: input.loginUrl || null,
    logoutUrl: input.logoutUrl || null,
    createdDate: new Date(ctx.clock()).toISOString(),
    applicationType: input.applicationType ?? 'WEB_APP',
    technology: input.technology ?? 'OAUTH_TECHNOLOGY_UNSPECIFIED',
    allowSecretGeneration: true,
    secretHash: null,
  };
  const secret = input.allowSecretGeneration ? null : await issueSecret(app);
  ctx.store.state.oauthApps[app.id] = app;
  ctx.store.changed();
  return { ok: true, value: { app, secret } };
}

export function getOAuthApp(ctx: EmulatorContext, id: string): AppResult<OAuthApp> {
  const app = findApp(ctx.store.state, id);
  return app ? { ok: true, value: app } : notFound(id);
}

/** Applies only the masked fields; a masked field absent from `fields` is cleared. */
export function updateOAuthApp(
  ctx: EmulatorContext,
  id: string,
  fields: OAuthAppFields,
  paths: UpdatableField[],
): AppResult<OAuthApp> {
  const app = findApp(ctx.store.state, id);
  if (!app) return notFound(id);
  const next: OAuthAppFields = {};
  for (const path of paths) {
    if (path === 'name') next.name = fields.name ?? '';
    else if (path === 'description') next.description = fields.description ?? '';
    else if (path === 'loginUrl' || path === 'logoutUrl') next[path] = fields[path] || null;
    else next[path] = fields[path] ?? [];
  }
  const violations = validateAppFields(next);
  if (violations.length) return fail({ kind: 'invalid', violations });
  if (next.name !== undefined) next.name = next.name.trim();
  Object.assign(app, next);
  ctx.store.changed();
  return { ok: true, value: app };
}

/** Existing tokens, refresh tokens and hosted-page sessions of the app stop working at once. */
export function deleteOAuthApp(ctx: EmulatorContext, id: string): AppResult<OAuthApp> {
  const app = findApp(ctx.store.state, id);
  if (!app) return notFound(id);
  delete ctx.store.state.oauthApps[id];
  ctx.store.changed();
  return { ok: true, value: app };
}

/** Allowed once per app, and only when create did not already issue one. */
export async function generateOAuthAppSecret(
  ctx: EmulatorContext,
  id: string,
): Promise<AppResult<string>> {
  const app = findApp(ctx.store.state, id);
  if (!app) return notFound(id);
  if (!app.allowSecretGeneration || app.secretHash)
    return fail({ kind: 'secret-already-issued', id });
  const secret = await issueSecret(app);
  ctx.store.changed();
  return { ok: true, value: secret };
}
