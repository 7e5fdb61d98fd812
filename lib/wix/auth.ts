import { getEnv } from '../env';
import { createWixClient, fromSdkTokens, toSdkTokens } from './client';
import type { LoginTransaction, SessionTokens } from './types';

/** A fresh anonymous visitor grant. */
export async function mintVisitorTokens(): Promise<SessionTokens> {
  return fromSdkTokens(await createWixClient().auth.generateVisitorTokens());
}

/** A new access token for the same identity (visitor or member). */
export async function renewSessionTokens(tokens: SessionTokens): Promise<SessionTokens> {
  const sdkTokens = toSdkTokens(tokens);
  return fromSdkTokens(await createWixClient().auth.renewToken(sdkTokens.refreshToken));
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
  return fromSdkTokens(tokens);
}

/** The Wix-managed logout page, which ends the Wix login and returns to the shop's home. */
export async function createLogoutRedirect(tokens: SessionTokens): Promise<string> {
  const { logoutUrl } = await createWixClient(tokens).auth.logout(`${getEnv().siteUrl}/`);
  return logoutUrl;
}
