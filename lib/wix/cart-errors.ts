import { classifyShopperCall, errorCode, errorReason, type CallFailure } from './errors';
import type { Cart } from './cart-types';
import { isRetryableStatus } from './retry-policy';

export type CartFailure = CallFailure;

type SdkErrorLike = { status?: unknown };

/** A cart call that failed, in terms the storefront acts on; `cart` is the cart as it now is. */
export class CartError extends Error {
  override name = 'CartError';
  constructor(
    readonly failure: CartFailure,
    readonly code: string | null = null,
    readonly reason: string | null = null,
    readonly cart: Cart | null = null,
    /** The HTTP status Wix answered with; null when no answer came (a timeout, no connection). */
    readonly status: number | null = null,
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

/** True when Wix says this shopper has no current cart (never made one, or it was ordered). */
export function isNoCart(error: unknown): boolean {
  const code = errorCode(error);
  if (code && NO_CART_CODES.has(code)) return true;
  return (error as SdkErrorLike | null)?.status === 404 && code === null;
}

export function toCartError(error: unknown): CartError {
  if (error instanceof CartError) return error;
  const failure = classifyShopperCall(error);
  if (failure === 'not-connected') return new CartError('not-connected');
  const status = (error as SdkErrorLike | null)?.status;
  return new CartError(
    failure,
    errorCode(error),
    failure === 'refused' ? errorReason(error) : null,
    null,
    typeof status === 'number' ? status : null,
  );
}

/**
 * True when Wix answered that it could not do the change now (5xx, 429), so it made none;
 * after a timeout or a lost connection nobody knows, and this is false.
 */
export function wixDidNothing(error: unknown): boolean {
  return error instanceof CartError && error.status !== null && isRetryableStatus(error.status);
}
