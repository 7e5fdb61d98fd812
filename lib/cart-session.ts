import { cookies } from 'next/headers';
import { readSession, writeSession, type SessionData } from './session';
import { upkeepSession } from './session-upkeep';
import { nowInSeconds } from './wix/token-expiry';
import type { SessionTokens } from './wix/types';

export type CartIdentity =
  | { ok: true; session: SessionData; tokens: SessionTokens; changed: boolean }
  /** `not-authorized`: Wix refuses the shop's OAuth app (show the "not connected" message). */
  | { ok: false; reason: 'unreachable' | 'not-authorized' };

/**
 * The Wix identity a cart action acts as: the session's tokens, renewed when due, or a new
 * visitor identity minted now (the first cart action is where a visitor first needs one).
 * Server actions only: middleware leaves their requests' session to them.
 */
export async function cartIdentity(): Promise<CartIdentity> {
  const current = await readSession(await cookies());
  const upkeep = await upkeepSession(current, nowInSeconds());
  if (upkeep.kind === 'unavailable') return { ok: false, reason: upkeep.reason };
  const { session } = upkeep;
  if (!session.tokens) return { ok: false, reason: 'unreachable' };
  return { ok: true, session, tokens: session.tokens, changed: upkeep.kind === 'updated' };
}

/** Reads the identity without minting one: null for a browser that never used the cart. */
export async function existingCartIdentity(): Promise<CartIdentity | null> {
  const current = await readSession(await cookies());
  if (!current?.tokens) return null;
  return cartIdentity();
}

/**
 * Saves the session with the cart count Wix just gave, so the header and catalog pages never
 * ask Wix. Also saves renewed or newly minted tokens (`identity.changed`).
 */
export async function saveCartCount(
  identity: Extract<CartIdentity, { ok: true }>,
  count: number,
): Promise<void> {
  if (!identity.changed && identity.session.cart?.count === count) return;
  await writeSession(await cookies(), { ...identity.session, cart: { count } });
}
