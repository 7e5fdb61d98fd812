import type { Context } from 'hono';
import type { EmulatorContext } from '../context';
import { findRedirectSession } from '../redirects/sessions';
import type { RedirectSession } from '../store/schema';
import { messagePage } from './layout';

/** Form fields as strings; files and a malformed or non-form body simply yield no fields. */
export async function readForm(c: Context): Promise<Record<string, string>> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    return {};
  }
  return Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

export type AuthSession = RedirectSession & { auth: NonNullable<RedirectSession['auth']> };
export type LogoutSession = RedirectSession & { logout: NonNullable<RedirectSession['logout']> };

export function findAuthSession(ctx: EmulatorContext, id: string | undefined): AuthSession | null {
  const session = findRedirectSession(ctx, id);
  return session?.auth ? (session as AuthSession) : null;
}

export function findLogoutSession(
  ctx: EmulatorContext,
  id: string | undefined,
): LogoutSession | null {
  const session = findRedirectSession(ctx, id);
  return session?.logout ? (session as LogoutSession) : null;
}

export const invalidSessionPage = (c: Context) =>
  messagePage(
    c,
    400,
    'This link has expired',
    'This sign-in or sign-out link is unknown or has expired. Go back to the store and try again.',
  );
