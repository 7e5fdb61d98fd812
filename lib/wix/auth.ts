import { getEnv } from '../env';
import { createSingleFlight } from '../single-flight';
import { createWixClient, toSdkTokens } from './client';
import { checkTokenResponse } from './token-response';
import { nowInSeconds } from './token-expiry';
import type { LoginTransaction, SessionTokens } from './types';

/** A fresh anonymous visitor grant. */
export async function mintVisitorTokens(): Promise<SessionTokens> {
  const tokens = await createWixClient().auth.generateVisitorTokens();
  return checkTokenResponse(tokens, 'visitor', nowInSeconds());
}

// Renewals in flight, by refresh token: a page's parallel requests (or a burst of tabs) that all
// carry the same expiring token share one call to Wix.
const renewal = createSingleFlight<SessionTokens>();

/** A new access token for the same identity (visitor or member); one call per token at a time. */
export function renewSessionTokens(tokens: SessionTokens): Promise<SessionTokens> {
  return renewal(tokens.refreshToken, async () => {
    const renewed = await createWixClient().auth.renewToken(toSdkTokens(tokens).refreshToken);
    return checkTokenResponse(renewed, tokens.role, nowInSeconds());
  });
}

export function loginRedirectUri(): string {
  return `${getEnv().siteUrl}/auth/callback`;
}

/**
 * Starts a sign-in: PKCE verifier and state for the session, and the Wix-managed login page URL.
 * The redirect URI comes from configuration, never from the request's Host header.
 */
export async function createLoginRedirect(
  tokens: SessionTokens,
  returnTo: string,
  expiresAt: number,
): Promise<{ authUrl: string; login: LoginTransaction }> {
  const client = createWixClient(tokens);
  const oauthData = client.auth.generateOAuthData(loginRedirectUri(), returnTo);
  const { authUrl } = await client.auth.getAuthUrl(oauthData, { responseMode: 'query' });
  return {
    authUrl,
    login: { state: oauthData.state, codeVerifier: oauthData.codeVerifier, returnTo, expiresAt },
  };
}

/** Exchanges the callback's code (with the PKCE verifier) for member tokens. */
export async function exchangeLoginCode(
  code: string,
  state: string,
  login: LoginTransaction,
): Promise<SessionTokens> {
  const client = createWixClient();
  const tokens = await client.auth.getMemberTokens(code, state, {
    state: login.state,
    codeVerifier: login.codeVerifier,
    codeChallenge: '',
    redirectUri: loginRedirectUri(),
    originalUri: login.returnTo,
  });
  return checkTokenResponse(tokens, 'member', nowInSeconds());
}

/** The Wix-managed logout page, which ends the Wix login and returns to the shop's home. */
export async function createLogoutRedirect(tokens: SessionTokens): Promise<string> {
  const { logoutUrl } = await createWixClient(tokens).auth.logout(`${getEnv().siteUrl}/`);
  return logoutUrl;
}
