import { z } from 'zod';
import { DOMAIN_STATES } from '../domains/state';

// The whole emulator state, validated on load so a hand-edited or truncated file fails clearly.
const iso = z.string();

export const OAUTH_APP_TYPES = [
  'OAUTH_APP_TYPE_UNSPECIFIED',
  'WEB_APP',
  'MOBILE',
  'OTHER',
] as const;
export const OAUTH_TECHNOLOGIES = [
  'OAUTH_TECHNOLOGY_UNSPECIFIED',
  'JAVASCRIPT',
  'ANGULAR',
  'VUE',
  'REACT',
  'REACT_NATIVE',
  'IOS',
  'ANDROID',
  'OTHER_TECHNOLOGY',
] as const;

export const oauthAppSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().default(''),
  allowedRedirectUris: z.array(z.string()),
  allowedRedirectDomains: z.array(z.string()),
  loginUrl: z.string().nullable(),
  logoutUrl: z.string().nullable(),
  createdDate: iso,
  // Defaults keep state files written before the OAuth Apps API loadable.
  applicationType: z.enum(OAUTH_APP_TYPES).default('WEB_APP'),
  technology: z.enum(OAUTH_TECHNOLOGIES).default('OAUTH_TECHNOLOGY_UNSPECIFIED'),
  allowSecretGeneration: z.boolean().default(true),
  // scrypt hash only: the secret itself is shown once and never stored.
  secretHash: z.string().nullable().default(null),
});

export const memberSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  loginEmail: z.string(),
  passwordHash: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  nickname: z.string(),
  slug: z.string(),
  createdDate: iso,
  updatedDate: iso,
  lastLoginDate: iso.nullable(),
});

export const identitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('visitor'), id: z.string() }),
  z.object({ kind: z.literal('member'), id: z.string() }),
]);

export const refreshGrantSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  identity: identitySchema,
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
  /** Last token renewal; grants from older state files count from their creation. */
  lastUsedAt: z.number().optional(),
});

export const authCodeSchema = z.object({
  clientId: z.string(),
  redirectUri: z.string(),
  codeChallenge: z.string(),
  memberId: z.string(),
  visitorId: z.string().optional(),
  expiresAt: z.number(),
  usedAt: z.number().nullable(),
});

export const authRequestSchema = z.object({
  redirectUri: z.string(),
  clientId: z.string(),
  codeChallenge: z.string(),
  codeChallengeMethod: z.literal('S256'),
  responseMode: z.enum(['query', 'fragment', 'web_message']),
  responseType: z.literal('code'),
  scope: z.string(),
  state: z.string(),
});

/** An intent a domain brings (ecomCheckout, …): the domain validates its own payload. */
export const domainIntentSchema = z.object({
  name: z.string(),
  clientId: z.string(),
  /** Who created the session: the hosted page acts for them. */
  identity: identitySchema,
  payload: z.unknown(),
  callbacks: z.record(z.string(), z.string()).default({}),
  /** Hosted checkout pages are single use. */
  usedAt: z.number().nullable().default(null),
});

export const redirectSessionSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
  auth: z
    .object({
      authRequest: authRequestSchema,
      prompt: z.string(),
      // The visitor whose token created the session: domains may act at sign-in (carts).
      visitorId: z.string().optional(),
    })
    .optional(),
  logout: z.object({ clientId: z.string(), postFlowUrl: z.string().nullable() }).optional(),
  intent: domainIntentSchema.optional(),
});

export const loginSessionSchema = z.object({
  memberId: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
});

type DomainShape = {
  [K in keyof typeof DOMAIN_STATES]: z.ZodDefault<(typeof DOMAIN_STATES)[K]['schema']>;
};

// State files written before a domain existed get that domain's seed.
const domainShape = Object.fromEntries(
  // Each slice has its own schema type; as a union their .default signatures do not unify.
  Object.entries(DOMAIN_STATES).map(([key, domain]) => {
    const schema: z.ZodType = domain.schema;
    return [key, schema.default(() => domain.seed())];
  }),
) as DomainShape;

export const stateSchema = z.object({
  version: z.literal(1),
  signingSecret: z.string().min(32),
  oauthApps: z.record(z.string(), oauthAppSchema),
  members: z.record(z.string(), memberSchema),
  refreshGrants: z.record(z.string(), refreshGrantSchema),
  // Keyed by sha256 of the code / cookie value, so the file never holds a usable secret.
  authCodes: z.record(z.string(), authCodeSchema),
  loginSessions: z.record(z.string(), loginSessionSchema),
  redirectSessions: z.record(z.string(), redirectSessionSchema),
  ...domainShape,
});

export type OAuthApp = z.infer<typeof oauthAppSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type RefreshGrant = z.infer<typeof refreshGrantSchema>;
export type AuthCode = z.infer<typeof authCodeSchema>;
export type AuthRequest = z.infer<typeof authRequestSchema>;
export type RedirectSession = z.infer<typeof redirectSessionSchema>;
export type DomainIntent = z.infer<typeof domainIntentSchema>;
export type LoginSession = z.infer<typeof loginSessionSchema>;
export type State = z.infer<typeof stateSchema>;
