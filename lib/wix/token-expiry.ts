import type { SessionTokens } from './types';

/** Renew this long before expiry so a token never lapses between middleware and render. */
export const RENEW_MARGIN_SECONDS = 30;

export type TokenAction = 'keep' | 'renew' | 'mint';

/** What the middleware must do with the tokens it found in the session. */
export function decideTokenAction(
  tokens: SessionTokens | undefined,
  nowSeconds: number,
): TokenAction {
  if (!tokens || !tokens.accessToken || !tokens.refreshToken) return 'mint';
  if (!Number.isFinite(tokens.accessExpiresAt)) return 'renew';
  return tokens.accessExpiresAt - nowSeconds > RENEW_MARGIN_SECONDS ? 'keep' : 'renew';
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
