import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { base64url } from '../crypto';
import { identitySchema, type Identity } from '../store/schema';

// Real Wix tokens look like `OauthNG.JWS.<header>.<payload>.<signature>`; the storefront measures
// its cookie size with them, so ours have the same shape and a similar length.
const PREFIX = 'OauthNG.JWS.';
// Decorative site ids inside `data`, like the instance blob real tokens carry.
const META_SITE_ID = 'a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const SITE_OWNER_ID = 'f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0';

export interface AccessClaims {
  clientId: string;
  identity: Identity;
  grantId: string;
  iat: number; // seconds
  exp: number; // seconds
}

const accessPayloadSchema = z.object({
  typ: z.literal('access'),
  cid: z.string(),
  sub: identitySchema,
  gid: z.string(),
  iat: z.number(),
  exp: z.number(),
});
const refreshPayloadSchema = z.object({ typ: z.literal('refresh'), gid: z.string() });

export type AccessTokenCheck =
  { ok: true; claims: AccessClaims } | { ok: false; reason: 'invalid' | 'expired' };

const sign = (secret: string, input: string): string =>
  createHmac('sha256', secret).update(input).digest('base64url');

function encode(secret: string, payload: object): string {
  const kid = sign(secret, 'kid').slice(0, 8);
  const body = `${base64url(JSON.stringify({ kid, alg: 'HS256' }))}.${base64url(JSON.stringify(payload))}`;
  return `${PREFIX}${body}.${sign(secret, body)}`;
}

/** Returns the payload of a well-formed token whose signature matches, else null. */
function decode(secret: string, token: string): unknown {
  if (!token.startsWith(PREFIX)) return null;
  const [header, payload, signature, extra] = token.slice(PREFIX.length).split('.');
  if (!header || !payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, `${header}.${payload}`));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

export function signAccessToken(secret: string, claims: AccessClaims): string {
  const { clientId, identity, grantId, iat, exp } = claims;
  const instance = {
    instanceId: clientId,
    appDefId: clientId,
    signDate: new Date(iat * 1000).toISOString(),
    uid: identity.id,
    permissions: '',
    demoMode: false,
    siteOwnerId: SITE_OWNER_ID,
    siteMemberId: identity.kind === 'member' ? identity.id : undefined,
    expirationDate: new Date(exp * 1000).toISOString(),
    metaSiteId: META_SITE_ID,
    aor: true,
  };
  const data = JSON.stringify({ instance, visitorId: identity.id, clientId, grantId });
  return encode(secret, {
    data,
    typ: 'access',
    cid: clientId,
    sub: identity,
    gid: grantId,
    iat,
    exp,
  });
}

export function verifyAccessToken(
  secret: string,
  token: string,
  nowSeconds: number,
): AccessTokenCheck {
  const parsed = accessPayloadSchema.safeParse(decode(secret, token));
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { cid, sub, gid, iat, exp } = parsed.data;
  if (exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { clientId: cid, identity: sub, grantId: gid, iat, exp } };
}

export function signRefreshToken(secret: string, grantId: string, iat: number): string {
  return encode(secret, {
    data: JSON.stringify({ id: grantId }),
    typ: 'refresh',
    gid: grantId,
    iat,
  });
}

/** The refresh grant id a genuine refresh token names, else null (revocation is checked by the caller). */
export function readRefreshToken(secret: string, token: string): string | null {
  const parsed = refreshPayloadSchema.safeParse(decode(secret, token));
  return parsed.success ? parsed.data.gid : null;
}
