import type { EmulatorContext } from '../context';
import { DOMAINS } from '../domains/registry';
import { newId } from '../crypto';
import type { Identity, RefreshGrant } from '../store/schema';
import { findApp } from './apps';
import { redeemAuthCode } from './auth-codes';
import { verifyPkceS256 } from './pkce';
import type { TokenRequest } from './token-request';
import { readRefreshToken, signAccessToken, signRefreshToken } from './tokens';

export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: 'Bearer';
  scope: 'offline_access';
}

export type OAuthErrorCode =
  'invalid_client' | 'invalid_grant' | 'invalid_request' | 'unsupported_grant_type';
export type GrantResult =
  { ok: true; tokens: TokenResponse } | { ok: false; error: OAuthErrorCode; description: string };

const fail = (error: OAuthErrorCode, description: string): GrantResult => ({
  ok: false,
  error,
  description,
});
const nowSeconds = (ctx: EmulatorContext): number => Math.floor(ctx.clock() / 1000);

function tokensFor(ctx: EmulatorContext, grant: RefreshGrant, refreshToken: string): GrantResult {
  const iat = nowSeconds(ctx);
  const ttl = ctx.config.accessTokenTtl;
  const { clientId, identity, id: grantId } = grant;
  const accessToken = signAccessToken(ctx.store.state.signingSecret, {
    clientId,
    identity,
    grantId,
    iat,
    exp: iat + ttl,
  });
  return {
    ok: true,
    tokens: {
      access_token: accessToken,
      refresh_token: refreshToken,
      expires_in: ttl,
      token_type: 'Bearer',
      scope: 'offline_access',
    },
  };
}

/** Every sign-in (visitor or member) starts a refresh grant, the unit that logout revokes. */
function startGrant(ctx: EmulatorContext, clientId: string, identity: Identity): GrantResult {
  const grant: RefreshGrant = {
    id: newId(),
    clientId,
    identity,
    createdAt: ctx.clock(),
    revokedAt: null,
  };
  ctx.store.state.refreshGrants[grant.id] = grant;
  ctx.store.changed();
  return tokensFor(
    ctx,
    grant,
    signRefreshToken(ctx.store.state.signingSecret, grant.id, nowSeconds(ctx)),
  );
}

function anonymous(ctx: EmulatorContext, req: TokenRequest): GrantResult {
  if (!req.clientId) return fail('invalid_request', 'clientId is required');
  if (!findApp(ctx.store.state, req.clientId))
    return fail('invalid_client', `Unknown client id "${req.clientId}"`);
  return startGrant(ctx, req.clientId, { kind: 'visitor', id: newId() });
}

function refresh(ctx: EmulatorContext, req: TokenRequest): GrantResult {
  if (!req.refreshToken) return fail('invalid_request', 'refreshToken is required');
  if (req.clientId && !findApp(ctx.store.state, req.clientId)) {
    return fail('invalid_client', `Unknown client id "${req.clientId}"`);
  }
  const grantId = readRefreshToken(ctx.store.state.signingSecret, req.refreshToken);
  const grant = grantId ? ctx.store.state.refreshGrants[grantId] : undefined;
  if (!grant) return fail('invalid_grant', 'Unknown refresh token');
  if (grant.revokedAt !== null)
    return fail('invalid_grant', 'Refresh token was revoked (the member logged out)');
  if (!findApp(ctx.store.state, grant.clientId))
    return fail('invalid_grant', 'The OAuth app of this refresh token no longer exists');
  if (req.clientId && req.clientId !== grant.clientId)
    return fail('invalid_grant', 'Refresh token was issued to another client');
  // Wix keeps the refresh token on renewal; the SDK ignores any new one anyway.
  grant.lastUsedAt = ctx.clock();
  ctx.store.changed();
  return tokensFor(ctx, grant, req.refreshToken);
}

function authorizationCode(ctx: EmulatorContext, req: TokenRequest): GrantResult {
  const { clientId, code, redirectUri, codeVerifier } = req;
  if (!clientId || !code || !redirectUri || !codeVerifier) {
    return fail('invalid_request', 'clientId, code, redirectUri and codeVerifier are required');
  }
  if (!findApp(ctx.store.state, clientId))
    return fail('invalid_client', `Unknown client id "${clientId}"`);
  const redeemed = redeemAuthCode(ctx, code);
  if (!redeemed.ok) return fail('invalid_grant', redeemed.description);
  const issued = redeemed.code;
  if (issued.clientId !== clientId)
    return fail('invalid_grant', 'Authorization code was issued to another client');
  if (issued.redirectUri !== redirectUri) {
    return fail(
      'invalid_grant',
      'redirectUri does not match the one the authorization code was issued for',
    );
  }
  if (!verifyPkceS256(codeVerifier, issued.codeChallenge)) {
    return fail('invalid_grant', 'codeVerifier does not match the code challenge (PKCE S256)');
  }
  if (!ctx.store.state.members[issued.memberId])
    return fail('invalid_grant', 'The member no longer exists');
  const { visitorId, memberId } = issued;
  if (visitorId) for (const domain of DOMAINS) domain.onMemberSignIn?.(ctx, visitorId, memberId);
  return startGrant(ctx, clientId, { kind: 'member', id: memberId });
}

const GRANTS: Record<string, (ctx: EmulatorContext, req: TokenRequest) => GrantResult> = {
  anonymous,
  refresh_token: refresh,
  authorization_code: authorizationCode,
};

export function runGrant(ctx: EmulatorContext, req: TokenRequest): GrantResult {
  const grant = Object.hasOwn(GRANTS, req.grantType) ? GRANTS[req.grantType] : undefined;
  if (!grant)
    return fail(
      'unsupported_grant_type',
      `Grant type "${req.grantType}" is not supported by the emulator`,
    );
  return grant(ctx, req);
}
