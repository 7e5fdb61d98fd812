import type { EmulatorContext } from '../context';
import { randomSecret, sha256Hex } from '../crypto';
import type { AuthCode } from '../store/schema';

export const AUTH_CODE_TTL_MS = 10 * 60 * 1000;

export type IssueCodeInput = Pick<
  AuthCode,
  'clientId' | 'redirectUri' | 'codeChallenge' | 'memberId' | 'visitorId'
>;

/** A single-use code bound to the app, redirect URI, PKCE challenge and member. */
export function issueAuthCode(ctx: EmulatorContext, input: IssueCodeInput): string {
  const code = `OauthNG.ACS.${randomSecret(48)}`;
  ctx.store.state.authCodes[sha256Hex(code)] = {
    ...input,
    expiresAt: ctx.clock() + AUTH_CODE_TTL_MS,
    usedAt: null,
  };
  ctx.store.changed();
  return code;
}

export type RedeemResult = { ok: true; code: AuthCode } | { ok: false; description: string };

/** Marks the code used (kept until expiry so a replay gets a precise message). */
export function redeemAuthCode(ctx: EmulatorContext, code: string): RedeemResult {
  const record = ctx.store.state.authCodes[sha256Hex(code)];
  if (!record) return { ok: false, description: 'Unknown authorization code' };
  if (record.usedAt !== null)
    return { ok: false, description: 'Authorization code was already used' };
  if (record.expiresAt <= ctx.clock())
    return { ok: false, description: 'Authorization code has expired' };
  record.usedAt = ctx.clock();
  ctx.store.changed();
  return { ok: true, code: record };
}
