import { z } from 'zod';
import { OAUTH_APP_TYPES, OAUTH_TECHNOLOGIES, type OAuthApp } from '../store/schema';
import type { CreateInput } from './service';

// Read-only and unsupported fields (id, createdDate, secret, wixPagesDomainsMappings…) are ignored.
export const oAuthAppInputSchema = z.object({
  id: z.string().nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  allowedRedirectUris: z.array(z.string()).nullish(),
  allowedRedirectDomains: z.array(z.string()).nullish(),
  loginUrl: z.string().nullish(),
  logoutUrl: z.string().nullish(),
  applicationType: z.enum(OAUTH_APP_TYPES).nullish(),
  technology: z.enum(OAUTH_TECHNOLOGIES).nullish(),
  allowSecretGeneration: z.boolean().nullish(),
});
type OAuthAppInput = z.infer<typeof oAuthAppInputSchema>;

export const createBodySchema = z.object({ oAuthApp: oAuthAppInputSchema });
export const updateBodySchema = z.object({
  oAuthApp: oAuthAppInputSchema,
  mask: z.union([z.string(), z.array(z.string())]).nullish(),
});
export const queryBodySchema = z.object({
  query: z
    .object({
      filter: z.record(z.string(), z.unknown()).nullish(),
      sort: z
        .array(
          z.object({ fieldName: z.string().optional(), order: z.enum(['ASC', 'DESC']).optional() }),
        )
        .max(3)
        .optional(),
      paging: z.object({ limit: z.number().nullish(), offset: z.number().nullish() }).nullish(),
      cursorPaging: z.unknown().optional(),
    })
    .nullish(),
});

/** Drops nulls so the service sees "absent" rather than "null" for unset fields. */
export function toCreateInput(input: OAuthAppInput): CreateInput {
  return Object.fromEntries(
    Object.entries(input).filter(([key, value]) => value !== null && key !== 'id'),
  ) as CreateInput;
}

/** The wire shape; `secret` is only ever non-null in the response to the create that issued it. */
export function toWire(app: OAuthApp, secret: string | null = null) {
  return {
    id: app.id,
    createdDate: app.createdDate,
    name: app.name,
    description: app.description,
    secret,
    loginUrl: app.loginUrl,
    logoutUrl: app.logoutUrl,
    allowedRedirectUris: app.allowedRedirectUris,
    allowedRedirectDomains: app.allowedRedirectDomains,
    allowSecretGeneration: app.allowSecretGeneration,
    applicationType: app.applicationType,
    technology: app.technology,
    wixPagesDomainsMappings: [],
    redirectUrlWixPages: null,
  };
}
