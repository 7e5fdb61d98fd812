import { isUnknownClient } from './errors';
import type { Cart } from './cart-types';

export type CartFailure =
  /** Wix answered and said no; `reason` has its words. */
  | 'refused'
  /** Wix could not be reached or failed on its side: nothing was changed, try again later. */
  | 'unavailable'
  /** Wix no longer accepts these tokens (the OAuth app is gone, or the session ended). */
  | 'unauthenticated'
  /** Wix refuses the shop's OAuth app itself. */
  | 'not-connected';

type SdkErrorLike = {
  status?: unknown;
  message?: unknown;
  details?: { applicationError?: { code?: unknown; description?: unknown } };
};

/** A cart call that failed, in terms the storefront acts on; `cart` is the cart as it now is. */
export class CartError extends Error {
  override name = 'CartError';
  constructor(
    readonly failure: CartFailure,
    readonly code: string | null = null,
    readonly reason: string | null = null,
    readonly cart: Cart | null = null,
  ) {
    super(`cart call ${failure}${code ? ` (${code})` : ''}${reason ? `: ${reason}` : ''}`);
  }
}

const NO_CART_CODES = new Set([
  'OWNED_CART_NOT_FOUND',
  'CART_NOT_FOUND',
  'NOT_FOUND',
  'CART_ALREADY_ORDERED',
]);

function codeOf(error: unknown): string | null {
  const code = (error as SdkErrorLike | null)?.details?.applicationError?.code;
  return typeof code === 'string' ? code : null;
}

/** Wix's short description of a refusal, never the raw (multi-line, JSON) message. */
function reasonOf(error: unknown): string | null {
  const description = (error as SdkErrorLike | null)?.details?.applicationError?.description;
  if (typeof description === 'string' && description.trim())
    return description.trim().slice(0, 200);
  return null;
}

/** True when Wix says this shopper has no current cart (never made one, or it was ordered). */
export function isNoCart(error: unknown): boolean {
  const code = codeOf(error);
  if (code && NO_CART_CODES.has(code)) return true;
  return (error as SdkErrorLike | null)?.status === 404 && code === null;
}

export function toCartError(error: unknown): CartError {
  if (error instanceof CartError) return error;
  if (isUnknownClient(error)) return new CartError('not-connected');
  const status = (error as SdkErrorLike | null)?.status;
  if (status === 401) return new CartError('unauthenticated', codeOf(error));
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new CartError('refused', codeOf(error), reasonOf(error));
  }
  return new CartError('unavailable', codeOf(error));
}
