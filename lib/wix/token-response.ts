import type { Tokens } from '@wix/sdk';
import { z } from 'zod';
import { fromSdkTokens } from './client';
import type { SessionTokens, TokenRole } from './types';

/**
 * Longest token text the session keeps, so a member's cookie with the longest name, a cart and
 * a pending sign-in stays under 4096 bytes. Wix's member tokens seen in public code are about
 * 980 and 210 characters.
 */
export const MAX_ACCESS_TOKEN_LENGTH = 1400;
export const MAX_REFRESH_TOKEN_LENGTH = 500;

/** Wix answered a token call with something the session cannot keep; treated as an outage. */
export class InvalidTokenResponseError extends Error {
  override name = 'InvalidTokenResponseError';
}

function tokensSchema(role: TokenRole, nowSeconds: number) {
  return z.object({
    accessToken: z.object({
      value: z.string().min(1).max(MAX_ACCESS_TOKEN_LENGTH),
      // The SDK adds `expires_in` to its clock: a missing or bad one gives NaN or the past.
      expiresAt: z.number().gt(nowSeconds),
    }),
    refreshToken: z.object({
      value: z.string().min(1).max(MAX_REFRESH_TOKEN_LENGTH),
      role: z.literal(role),
    }),
  });
}

/**
 * The session's tokens from what the SDK made of Wix's answer, when it is usable: non-empty
 * tokens of bounded length, an expiry in the future and the role this call grants. The error
 * names the fields at fault, never their values.
 */
export function checkTokenResponse(
  tokens: Tokens,
  role: TokenRole,
  nowSeconds: number,
): SessionTokens {
  const parsed = tokensSchema(role, nowSeconds).safeParse(tokens);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new InvalidTokenResponseError(`Wix answered unusable tokens (${problems.join('; ')})`);
  }
  return fromSdkTokens(tokens);
}
