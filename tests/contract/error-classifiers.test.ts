// lib/wix/errors.ts against errors the real SDK throws when the emulator refuses or fails,
// rather than hand-written messages: if the SDK changes its wording, these fail.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { mintVisitorTokens, renewSessionTokens } from '@/lib/wix/auth';
import {
  classifyCallError,
  classifyTokenError,
  describeError,
  isNotFound,
  isUnknownClient,
} from '@/lib/wix/errors';
import { getCurrentMember } from '@/lib/wix/members';
import { createWixClient as createShopClient } from '@/lib/wix/client';
import type { SessionTokens } from '@/lib/wix/types';
import { createWixClient, startTestEmulator } from './helpers';

let emulator: RunningEmulator;
let visitor: SessionTokens;

const setOutage = (down: boolean) =>
  fetch(`${emulator.url}/__emulator/outage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ down }),
  });

/** What a promise rejected with (fails the test when it resolves). */
async function thrown(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.WIX_API_URL = emulator.url;
  delete process.env.WIX_CLIENT_ID;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  visitor = await mintVisitorTokens();
});
afterAll(() => emulator.close());

describe('the error classifiers on real SDK errors', () => {
  it('a refused refresh token is "refused", and its description carries no token', async () => {
    const error = await thrown(
      renewSessionTokens({ ...visitor, refreshToken: 'not-a-token', accessExpiresAt: 0 }),
    );
    expect(classifyTokenError(error)).toBe('refused');
    expect(isUnknownClient(error)).toBe(false);
    expect(describeError(error)).not.toContain(visitor.accessToken);
  });

  it('an unknown OAuth client is "refused" and recognised as not connected', async () => {
    const error = await thrown(
      createWixClient('00000000-0000-4000-8000-000000000000').auth.generateVisitorTokens(),
    );
    expect(classifyTokenError(error)).toBe('refused');
    expect(isUnknownClient(error)).toBe(true);
  });

  it('a visitor token on a members-only call is "refused" (403)', async () => {
    const error = await thrown(getCurrentMember(visitor));
    expect(classifyCallError(error)).toBe('refused');
    expect(describeError(error)).toMatch(/^403 /);
  });

  it('an unknown id is a not-found answer', async () => {
    const error = await thrown(
      createShopClient(visitor).orders.getOrder('00000000-0000-4000-8000-000000000001'),
    );
    expect(isNotFound(error)).toBe(true);
    expect(classifyCallError(error)).toBe('refused');
  });

  it('Wix down is "unavailable" for token and module calls alike', async () => {
    await setOutage(true);
    try {
      expect(classifyTokenError(await thrown(mintVisitorTokens()))).toBe('unavailable');
      const call = await thrown(getCurrentMember(visitor));
      expect(classifyCallError(call)).toBe('unavailable');
      expect(describeError(call)).toMatch(/^503 /);
    } finally {
      await setOutage(false);
    }
  });

  // Last: it stops the emulator (afterAll's close is then a no-op).
  it('Wix unreachable is "unavailable"', async () => {
    await emulator.close();
    expect(classifyTokenError(await thrown(mintVisitorTokens()))).toBe('unavailable');
    expect(classifyCallError(await thrown(getCurrentMember(visitor)))).toBe('unavailable');
  });
});
