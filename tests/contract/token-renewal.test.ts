// One renewal per session at a time: parallel requests carrying the same expiring token share a
// single call to Wix's token endpoint, and every one of them gets the renewed tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { mintVisitorTokens, renewSessionTokens } from '@/lib/wix/auth';
import { startTestEmulator } from './helpers';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.WIX_API_URL = emulator.url;
  delete process.env.WIX_CLIENT_ID;
});
afterAll(() => emulator.close());

const tokenCalls = async () => {
  const stats = (await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as {
    requests: { byPath: Record<string, number> };
  };
  return stats.requests.byPath['/oauth2/token'] ?? 0;
};

const resetStats = () =>
  fetch(`${emulator.url}/__emulator/stats/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });

describe('token renewal', () => {
  it('makes one refresh call for 50 parallel renewals of the same token, and all succeed', async () => {
    const expiring = { ...(await mintVisitorTokens()), accessExpiresAt: 0 };
    await resetStats();
    const renewed = await Promise.all(
      Array.from({ length: 50 }, () => renewSessionTokens(expiring)),
    );
    expect(await tokenCalls()).toBe(1);
    expect(new Set(renewed.map((t) => t.accessToken)).size).toBe(1);
    expect(renewed[0]!.accessExpiresAt).toBeGreaterThan(Date.now() / 1000);
  });

  it('renews again later, and renews different sessions separately', async () => {
    const [a, b] = await Promise.all([mintVisitorTokens(), mintVisitorTokens()]);
    await resetStats();
    await Promise.all([renewSessionTokens(a), renewSessionTokens(b), renewSessionTokens(a)]);
    expect(await tokenCalls()).toBe(2);
    await renewSessionTokens(a);
    expect(await tokenCalls()).toBe(3);
  });

  it('shares a refusal too, and the next attempt asks Wix again', async () => {
    const revoked = { ...(await mintVisitorTokens()), refreshToken: 'not-a-refresh-token' };
    await resetStats();
    const results = await Promise.allSettled([
      renewSessionTokens(revoked),
      renewSessionTokens(revoked),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await tokenCalls()).toBe(1);
    await expect(renewSessionTokens(revoked)).rejects.toThrow();
    expect(await tokenCalls()).toBe(2);
  });
});
