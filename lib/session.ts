import { createHash } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { getEnv } from './env';
import { shortenMemberName } from './member-name';
import type { BookingRecord } from './bookings/hand-off';
import type { LoginTransaction } from './wix/types';

/** Thirty days: a returning visitor keeps their Wix identity (and later their cart). */
export const SESSION_TTL_SECONDS = 30 * 24 * 3600;
/** A sign-in must come back within ten minutes. */
export const LOGIN_TTL_SECONDS = 10 * 60;
const MAX_PENDING_LOGINS = 3;
// 300 lines of at most 100000 each, Wix's own limits.
const MAX_CART_COUNT = 300 * 100_000;
// Browsers drop cookies over 4096 bytes (name, value and attributes together).
const MAX_COOKIE_BYTES = 4096;

const tokensSchema = z.object({
  accessToken: z.string().min(1),
  accessExpiresAt: z.number(),
  refreshToken: z.string().min(1),
  role: z.enum(['visitor', 'member']),
});

const loginSchema = z.object({
  state: z.string().min(1),
  codeVerifier: z.string().min(1),
  returnTo: z.string(),
  expiresAt: z.number(),
});

const isoInstant = z.iso.datetime();
const zoneName = z.string().min(1).max(64);

/** Bounded so the cookie stays below the browser's limit whatever Wix names things. */
export const BOOKING_TEXT_MAX = { slug: 100, name: 120, staff: 80, location: 160 } as const;

const bookingSchema = z.object({
  serviceSlug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(BOOKING_TEXT_MAX.slug),
  serviceName: z.string().max(BOOKING_TEXT_MAX.name),
  start: isoInstant,
  end: isoInstant,
  businessTimeZone: zoneName,
  shopperTimeZone: zoneName,
  staffName: z.string().max(BOOKING_TEXT_MAX.staff).nullable(),
  location: z.string().max(BOOKING_TEXT_MAX.location).nullable(),
}) satisfies z.ZodType<BookingRecord>;

const sessionSchema = z.object({
  v: z.literal(1),
  tokens: tokensSchema.optional(),
  /** Display name cached at sign-in so the header never calls Wix. */
  memberName: z.string().optional(),
  /** Unix seconds of a member's sign-in: the session ends a fixed time after it. */
  signedInAt: z.number().int().nonnegative().optional(),
  /** Unix seconds of a member's last visit, rewritten about once a day (idle timeout). */
  seenAt: z.number().int().nonnegative().optional(),
  logins: z.array(loginSchema).max(MAX_PENDING_LOGINS).optional(),
  /** What Wix last said the current cart holds, so catalog pages never ask Wix for it. */
  cart: z.object({ count: z.number().int().min(0).max(MAX_CART_COUNT) }).optional(),
  /** The booking this browser last handed over to Wix: the booking-confirmed page shows it. */
  booking: bookingSchema.optional(),
});

export type SessionData = z.infer<typeof sessionSchema>;

export class SessionTooLargeError extends Error {
  override name = 'SessionTooLargeError';
  constructor(size: number) {
    super(`session cookie would be ${size} bytes`);
  }
}

/** What the browser may know about its session (GET /api/session): never tokens. */
export type SessionSummary = { member: { name: string } | null; cart: { count: number } };

export function summarizeSession(session: SessionData | null): SessionSummary {
  return {
    member: isMember(session) ? { name: session?.memberName ?? 'Your account' } : null,
    cart: { count: session?.cart?.count ?? 0 },
  };
}

/** The cookie store shape shared by `cookies()` and NextRequest/NextResponse cookies. */
export type CookieReader = { get(name: string): { value: string } | undefined };
export type CookieWriter = {
  set(name: string, value: string, options: CookieOptions): unknown;
};
export type CookieOptions = {
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'lax';
  path: '/';
  maxAge: number;
};

export function emptySession(): SessionData {
  return { v: 1 };
}

function isSecureSite(siteUrl = getEnv().siteUrl): boolean {
  return siteUrl.startsWith('https:');
}

/** `__Host-` binds the cookie to this exact origin over HTTPS (no Domain, Path=/). */
export function sessionCookieName(siteUrl = getEnv().siteUrl): string {
  return isSecureSite(siteUrl) ? '__Host-wix-session' : 'wix-session';
}

export function sessionCookieOptions(maxAge = SESSION_TTL_SECONDS - 60): CookieOptions {
  return { httpOnly: true, secure: isSecureSite(), sameSite: 'lax', path: '/', maxAge };
}

// A seal names its password by id; deriving the id from the secret keeps it stable however
// the SESSION_SECRET list is rotated (position-based ids would shift when old ones are dropped).
function passwordId(secret: string): number {
  return parseInt(createHash('sha256').update(secret).digest('hex').slice(0, 8), 16);
}

/** Every configured secret by its id: all of them can unseal. */
export function passwordMap(secrets: readonly string[]): Record<number, string> {
  return Object.fromEntries(secrets.map((secret) => [passwordId(secret), secret]));
}

export async function sealSession(
  data: SessionData,
  secrets: readonly string[] = getEnv().sessionSecrets,
): Promise<string> {
  // Whatever Wix calls the member, the cookie stays below the browser's limit.
  const bounded =
    data.memberName === undefined
      ? data
      : { ...data, memberName: shortenMemberName(data.memberName) || undefined };
  // Only the newest secret seals (SESSION_SECRET lists the newest first).
  const seal = await sealData(bounded, {
    password: passwordMap(secrets.slice(0, 1)),
    ttl: SESSION_TTL_SECONDS,
  });
  // The longest name, '=', the value and roughly 80 bytes of attributes.
  const size = '__Host-wix-session='.length + seal.length + 80;
  if (size > MAX_COOKIE_BYTES) throw new SessionTooLargeError(size);
  return seal;
}

/** Null for anything that is not a current, intact session of ours: garbage, tampered, expired. */
export async function unsealSession(
  seal: string | undefined,
  secrets: readonly string[] = getEnv().sessionSecrets,
): Promise<SessionData | null> {
  if (!seal || seal.length > MAX_COOKIE_BYTES) return null;
  try {
    const raw = await unsealData(seal, {
      password: passwordMap(secrets),
      ttl: SESSION_TTL_SECONDS,
    });
    const parsed = sessionSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A session as read, and whether only an older SESSION_SECRET opened it (reseal it then). */
export type OpenedSession = { session: SessionData | null; sealedWithOlderSecret: boolean };

export async function openSession(
  seal: string | undefined,
  secrets: readonly string[] = getEnv().sessionSecrets,
): Promise<OpenedSession> {
  // A seal names its password: trying the newest alone costs nothing when another one sealed it.
  const session = await unsealSession(seal, secrets.slice(0, 1));
  if (session || secrets.length < 2) return { session, sealedWithOlderSecret: false };
  const older = await unsealSession(seal, secrets.slice(1));
  return { session: older, sealedWithOlderSecret: older !== null };
}

export async function readSession(cookies: CookieReader): Promise<SessionData | null> {
  return unsealSession(cookies.get(sessionCookieName())?.value);
}

export async function writeSession(cookies: CookieWriter, data: SessionData): Promise<void> {
  cookies.set(sessionCookieName(), await sealSession(data), sessionCookieOptions());
}

/** Stores a new sign-in; when older pending ones would make the cookie too big, they go. */
export async function writeSessionWithLogin(
  cookies: CookieWriter,
  session: SessionData,
  login: LoginTransaction,
  nowSeconds: number,
): Promise<void> {
  try {
    await writeSession(cookies, withLogin(session, login, nowSeconds));
  } catch (error) {
    if (!(error instanceof SessionTooLargeError)) throw error;
    await writeSession(cookies, { ...session, logins: [login] });
  }
}

/** Expires the cookie (the only way to remove one from a browser). */
export function clearSession(cookies: CookieWriter): void {
  cookies.set(sessionCookieName(), '', sessionCookieOptions(0));
}

export function isMember(session: SessionData | null): boolean {
  return session?.tokens?.role === 'member';
}

/**
 * Adds a sign-in transaction, dropping expired ones and the oldest beyond the limit. Use
 * `writeSessionWithLogin` to store it: it also keeps the cookie under the browser's size limit.
 */
export function withLogin(
  session: SessionData,
  login: LoginTransaction,
  nowSeconds: number,
): SessionData {
  const live = (session.logins ?? []).filter((l) => l.expiresAt > nowSeconds);
  return { ...session, logins: [...live, login].slice(-MAX_PENDING_LOGINS) };
}

/** The transaction for this OAuth `state`, if this session started it (expired or not). */
export function findLogin(
  session: SessionData | null,
  state: string,
): LoginTransaction | undefined {
  return session?.logins?.find((l) => l.state === state);
}
