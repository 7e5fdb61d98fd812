/** Our own shapes; pages never see the SDK's. */

export type TokenRole = 'visitor' | 'member';

/** A Wix OAuth grant as the session keeps it (compact: it lives in a cookie). */
export type SessionTokens = {
  accessToken: string;
  /** Unix seconds. */
  accessExpiresAt: number;
  refreshToken: string;
  role: TokenRole;
};

/** What a sign-in needs to remember between /login and /auth/callback. */
export type LoginTransaction = {
  state: string;
  codeVerifier: string;
  returnTo: string;
  /** Unix seconds. */
  expiresAt: number;
};

export type Member = {
  id: string;
  name: string;
  email: string | null;
  memberSince: Date | null;
};
