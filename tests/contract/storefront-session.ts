// What contract tests of the storefront's session routes share: a cookie jar standing in for
// next/headers, and an emulator the storefront's own lib/wix code talks to.
import type { EmulatorOptions, RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';

/** The browser's cookies, by name: `vi.mock('next/headers', () => import('./storefront-session'))`. */
export const jar = new Map<string, string>();

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  };
}

/** An emulator that the storefront's code (getEnv, lib/wix) uses, in emulator mode. */
export async function startStorefrontEmulator(
  options: Partial<EmulatorOptions> = {},
): Promise<RunningEmulator> {
  const emulator = await startTestEmulator(options);
  process.env.WIX_API_URL = emulator.url;
  delete process.env.WIX_CLIENT_ID;
  return emulator;
}
