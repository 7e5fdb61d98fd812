import type { EmulatorContext } from '../context';
import { newId } from '../crypto';
import type { Identity } from '../store/schema';
import { commitCart, findCurrentCart } from './carts';
import { mergeCarts } from './lines';

/**
 * `--cart-at-sign-in move`: the visitor's current cart becomes the member's, or is merged into
 * the member's current cart (same item: quantities added) and then deleted. Default `keep`: the
 * visitor's cart stays where it is, as the templates expect (real Wix is unverified).
 */
export function moveCartAtSignIn(ctx: EmulatorContext, visitorId: string, memberId: string): void {
  if (ctx.config.cartAtSignIn !== 'move') return;
  const visitorCart = findCurrentCart(ctx, { kind: 'visitor', id: visitorId });
  if (!visitorCart) return;
  const member: Identity = { kind: 'member', id: memberId };
  const memberCart = findCurrentCart(ctx, member);
  if (!memberCart) {
    visitorCart.owner = member;
    commitCart(ctx, visitorCart);
    return;
  }
  memberCart.lines = mergeCarts(memberCart.lines, visitorCart.lines, newId);
  memberCart.coupon ??= visitorCart.coupon;
  memberCart.buyerNote ??= visitorCart.buyerNote;
  visitorCart.status = 'deleted';
  commitCart(ctx, memberCart);
}
