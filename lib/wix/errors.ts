/** Why a call to Wix failed, in terms the storefront acts on. */
export type WixFailure =
  /** Wix answered and said no (bad grant, revoked token, unknown client): retrying won't help. */
  | 'refused'
  /** Wix could not be reached or failed on its side: try again later, keep what we have. */
  | 'unavailable';

const REFUSING_OAUTH_ERRORS =
  /"error":"(invalid_grant|invalid_client|invalid_request|unauthorized_client|unsupported_grant_type|access_denied)"/;
const CLIENT_ERROR_STATUS_TEXT =
  /^Failed to fetch tokens from OAuth API: (Bad Request|Unauthorized|Forbidden|Not Found)\./;

/** Classifies an error thrown by the SDK's token calls (which only carry a message). */
export function classifyTokenError(error: unknown): WixFailure {
  if (!(error instanceof Error)) return 'unavailable';
  if (REFUSING_OAUTH_ERRORS.test(error.message) || CLIENT_ERROR_STATUS_TEXT.test(error.message)) {
    return 'refused';
  }
  return 'unavailable';
}

/** Classifies an error thrown by an SDK module call (an SDKError with a numeric status). */
export function classifyCallError(error: unknown): WixFailure {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) return 'refused';
  return 'unavailable';
}

/** True when the OAuth app itself is unknown to Wix (deleted, or a wrong WIX_CLIENT_ID). */
export function isUnknownClient(error: unknown): boolean {
  return error instanceof Error && error.message.includes('"error":"invalid_client"');
}

/** A short, token-free description for server logs. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { status?: unknown }).status;
  const firstLine = error.message.split('\n').find((l) => l.includes('"message"')) ?? error.message;
  return `${typeof status === 'number' ? `${status} ` : ''}${firstLine.trim().slice(0, 300)}`;
}

/** The Wix site has no Wix Stores app: the shop shows a clear message instead of a catalog. */
export class StoresNotInstalledError extends Error {
  override name = 'StoresNotInstalledError';
  constructor() {
    super('Wix Stores is not installed on this Wix site');
  }
}

/** Wix's answer, or `fallback` when the site has no Wix Stores; every other error is thrown. */
export async function unlessStoresMissing<T, F>(work: Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof StoresNotInstalledError) return fallback;
    throw error;
  }
}

/** True for the SDK's "not found" answers (an unknown slug). */
export function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown } | null)?.status === 404;
}

type SdkErrorLike = {
  status?: unknown;
  details?: { applicationError?: { code?: unknown; description?: unknown } };
};

/** Wix's error code of a refusal (`BOOKING_POLICY_VIOLATION`), when it sent one. */
export function errorCode(error: unknown): string | null {
  const code = (error as SdkErrorLike | null)?.details?.applicationError?.code;
  return typeof code === 'string' ? code : null;
}

/** Wix's short description of a refusal, never the raw (multi-line, JSON) message. */
export function errorReason(error: unknown): string | null {
  const description = (error as SdkErrorLike | null)?.details?.applicationError?.description;
  if (typeof description === 'string' && description.trim())
    return description.trim().slice(0, 200);
  return null;
}

/** Why a call made with a shopper's tokens failed, in terms the storefront acts on. */
export type CallFailure =
  /** Wix answered and said no; `reason` has its words. */
  | 'refused'
  /** Wix could not be reached or failed on its side: nothing was changed, try again later. */
  | 'unavailable'
  /** Wix no longer accepts these tokens (the OAuth app is gone, or the session ended). */
  | 'unauthenticated'
  /** Wix refuses the shop's OAuth app itself. */
  | 'not-connected';

export function classifyShopperCall(error: unknown): CallFailure {
  if (isUnknownClient(error)) return 'not-connected';
  const status = (error as SdkErrorLike | null)?.status;
  if (status === 401) return 'unauthenticated';
  if (typeof status === 'number' && status >= 400 && status < 500) return 'refused';
  return 'unavailable';
}
