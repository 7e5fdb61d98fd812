import { EMULATOR_DEFAULT_PORT } from '../../emulator/defaults';
import { EMULATOR_ADMIN_API_KEY, EMULATOR_SITE_ID } from '../../emulator/oauth-apps/defaults';
import { UsageError } from './args';

export const DEFAULT_EMULATOR_URL = `http://127.0.0.1:${EMULATOR_DEFAULT_PORT}`;

export type Target =
  | { kind: 'wix'; apiKey: string; siteId: string }
  | { kind: 'emulator'; url: string; apiKey: string; siteId: string };

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Real Wix when WIX_API_KEY and WIX_SITE_ID are set (and EMULATOR_URL is not); otherwise the
 * local emulator, with its default admin key and site id unless those variables override them.
 */
export function resolveTarget(env: Env): Target {
  const apiKey = env.WIX_API_KEY?.trim() || undefined;
  const siteId = env.WIX_SITE_ID?.trim() || undefined;
  const emulatorUrl = env.EMULATOR_URL?.trim() || undefined;
  if (!emulatorUrl && apiKey && siteId) return { kind: 'wix', apiKey, siteId };
  if (!emulatorUrl && (apiKey || siteId)) {
    throw new UsageError(
      'set both WIX_API_KEY and WIX_SITE_ID to manage real Wix, or neither to use the local emulator',
    );
  }
  const url = emulatorUrl ?? DEFAULT_EMULATOR_URL;
  if (!/^https?:\/\/[^/\s]+/.test(url)) {
    throw new UsageError(`EMULATOR_URL must be an http(s) URL, got "${url}"`);
  }
  return {
    kind: 'emulator',
    url: url.replace(/\/$/, ''),
    apiKey: apiKey ?? EMULATOR_ADMIN_API_KEY,
    siteId: siteId ?? EMULATOR_SITE_ID,
  };
}

export const describeTarget = (t: Target): string =>
  t.kind === 'wix' ? `Wix (site ${t.siteId})` : `the Wix emulator at ${t.url}`;
