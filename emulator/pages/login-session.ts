import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { EmulatorContext } from '../context';
import { randomSecret, sha256Hex } from '../crypto';
import type { Member } from '../store/schema';

// The storefront shares the host (cookies ignore ports), so the name is unmistakably the emulator's.
export const LOGIN_COOKIE = 'wix_emulator_login';
const LOGIN_SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** The emulator's own "logged in to Wix" session, what lets prompt=none and "Continue as" work. */
export function startLoginSession(c: Context, ctx: EmulatorContext, member: Member): void {
  const value = randomSecret();
  const now = ctx.clock();
  ctx.store.state.loginSessions[sha256Hex(value)] = {
    memberId: member.id,
    createdAt: now,
    expiresAt: now + LOGIN_SESSION_TTL_MS,
  };
  ctx.store.changed();
  setCookie(c, LOGIN_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: LOGIN_SESSION_TTL_MS / 1000,
  });
}

export function currentLoginMember(c: Context, ctx: EmulatorContext): Member | null {
  const value = getCookie(c, LOGIN_COOKIE);
  const session = value ? ctx.store.state.loginSessions[sha256Hex(value)] : undefined;
  if (!session || session.expiresAt <= ctx.clock()) return null;
  return ctx.store.state.members[session.memberId] ?? null;
}

export function endLoginSession(c: Context, ctx: EmulatorContext): void {
  const value = getCookie(c, LOGIN_COOKIE);
  if (value) {
    delete ctx.store.state.loginSessions[sha256Hex(value)];
    ctx.store.changed();
  }
  deleteCookie(c, LOGIN_COOKIE, { path: '/' });
}
