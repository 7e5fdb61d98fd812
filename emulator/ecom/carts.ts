import type { EmulatorContext } from '../context';
import { newId } from '../crypto';
import type { Identity } from '../store/schema';
import { CART_NOT_FOUND, type EcomError, type Op } from './errors';
import type { Cart, EcomState } from './model';
import { priceCart, type PricedCart } from './pricing';

export const ecomOf = (ctx: EmulatorContext): EcomState => ctx.store.state.ecom;

export const sameIdentity = (a: Identity, b: Identity): boolean =>
  a.kind === b.kind && a.id === b.id;

/** "Current" is per identity: the one cart of this visitor or member that is still open. */
export function findCurrentCart(ctx: EmulatorContext, owner: Identity): Cart | undefined {
  return Object.values(ecomOf(ctx).carts).find(
    (cart) => cart.status === 'current' && sameIdentity(cart.owner, owner),
  );
}

function openCart(ctx: EmulatorContext, owner: Identity): Cart {
  const now = new Date(ctx.clock()).toISOString();
  return {
    id: newId(),
    owner,
    status: 'current',
    lines: [],
    coupon: null,
    revision: 0,
    createdDate: now,
    updatedDate: now,
    checkoutId: null,
    buyerNote: null,
    overrideCheckoutUrl: null,
    purchaseFlowId: newId(),
    orderId: null,
  };
}

/** Stores a changed cart: the revision goes up by one and updatedDate strictly later. */
export function commitCart(ctx: EmulatorContext, cart: Cart): void {
  const { carts } = ecomOf(ctx);
  const isNew = !carts[cart.id];
  if (isNew) {
    // A new current cart replaces the owner's previous one.
    const previous = findCurrentCart(ctx, cart.owner);
    if (previous) previous.status = 'deleted';
    carts[cart.id] = cart;
  }
  cart.revision += 1;
  const later = Math.max(ctx.clock(), Date.parse(cart.updatedDate) + 1);
  cart.updatedDate = isNew ? cart.createdDate : new Date(later).toISOString();
  ctx.store.changed();
}

export interface EditOptions {
  /** Start a cart when the identity has none (add-to-cart); otherwise that is a 404. */
  create?: boolean;
  /** Always a new cart, replacing the current one (createCurrentCart). */
  fresh?: boolean;
}

/**
 * Runs `edit` on a copy of the caller's current cart and stores it only when edit accepts the
 * whole request: a refused request changes nothing. An edit that changes nothing keeps the revision.
 */
export function editCart(
  ctx: EmulatorContext,
  owner: Identity,
  options: EditOptions,
  edit: (draft: Cart) => EcomError | null,
): Op<Cart> {
  const existing = options.fresh ? undefined : findCurrentCart(ctx, owner);
  if (existing) return editThisCart(ctx, existing, edit);
  if (!options.create && !options.fresh) return { ok: false, error: CART_NOT_FOUND };
  const draft = openCart(ctx, owner);
  const error = edit(draft);
  if (error) return { ok: false, error };
  commitCart(ctx, draft);
  return { ok: true, value: draft };
}

/** The same all-or-nothing edit of one given cart (the hosted checkout's). */
export function editThisCart(
  ctx: EmulatorContext,
  cart: Cart,
  edit: (draft: Cart) => EcomError | null,
): Op<Cart> {
  const draft = structuredClone(cart);
  const error = edit(draft);
  if (error) return { ok: false, error };
  if (JSON.stringify(cart) === JSON.stringify(draft)) return { ok: true, value: cart };
  Object.assign(cart, draft);
  commitCart(ctx, cart);
  return { ok: true, value: cart };
}

/** The caller's current cart, or the 404 Wix answers before anything was added. */
export function requireCart(ctx: EmulatorContext, owner: Identity): Op<Cart> {
  const cart = findCurrentCart(ctx, owner);
  return cart ? { ok: true, value: cart } : { ok: false, error: CART_NOT_FOUND };
}

/** The cart's prices and stock as of now. */
export const priceOf = (ctx: EmulatorContext, cart: Pick<Cart, 'lines' | 'coupon'>): PricedCart =>
  priceCart(ctx.store.state.catalog, cart, ecomOf(ctx).coupons, ctx.clock());

/** Deleting ends the cart: asking for the current cart answers 404 afterwards. */
export function deleteCurrentCart(ctx: EmulatorContext, owner: Identity): Op<Cart> {
  const cart = requireCart(ctx, owner);
  if (cart.ok) {
    cart.value.status = 'deleted';
    ctx.store.changed();
  }
  return cart;
}
