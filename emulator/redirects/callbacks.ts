import type { EmulatorContext } from '../context';
import { findApp, isRedirectDomainAllowed } from '../oauth/apps';
import type { DomainIntent } from '../store/schema';

/**
 * Why a hosted page cannot use its session's return addresses, checked when the page uses them
 * (an app's domains may have changed since the session was made): null when all are allowed;
 * `address: null` when the app itself is gone.
 */
export function refusedCallback(
  ctx: EmulatorContext,
  intent: DomainIntent,
  keys: readonly string[],
): { address: string | null } | null {
  const app = findApp(ctx.store.state, intent.clientId);
  if (!app) return { address: null };
  for (const key of keys) {
    const url = intent.callbacks[key];
    if (url !== undefined && !isRedirectDomainAllowed(app, url)) return { address: url };
  }
  return null;
}

/** Every return from a Wix flow carries `wixMemberLoggedIn`; an order adds `orderId`. */
export function callbackUrl(url: string, params: Record<string, string> = {}): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  // No sign-in happens on the emulator's hosted checkout pages.
  target.searchParams.set('wixMemberLoggedIn', 'false');
  return target.href;
}
