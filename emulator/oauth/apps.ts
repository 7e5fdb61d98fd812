import type { OAuthApp, State } from '../store/schema';

export const findApp = (state: State, clientId: string): OAuthApp | undefined =>
  Object.hasOwn(state.oauthApps, clientId) ? state.oauthApps[clientId] : undefined;

/** Wix matches auth redirect URIs exactly, character for character. */
export const isRedirectUriAllowed = (app: OAuthApp, redirectUri: string): boolean =>
  app.allowedRedirectUris.includes(redirectUri);

/** Non-auth redirects (logout, checkout) are checked by host[:port] against allowedRedirectDomains. */
export function isRedirectDomainAllowed(app: OAuthApp, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return false;
  }
  return app.allowedRedirectDomains.some((domain) => domain.toLowerCase() === host.toLowerCase());
}
