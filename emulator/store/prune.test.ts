import { describe, expect, it } from 'vitest';
import { DOMAIN_STATES } from '../domains/state';
import { GRANT_IDLE_MS, pruneExpired, REVOKED_GRANT_KEPT_MS } from './prune';
import type { RefreshGrant, State } from './schema';

const grant = (id: string, fields: Partial<RefreshGrant>): RefreshGrant => ({
  id,
  clientId: 'client',
  identity: { kind: 'visitor', id: `v-${id}` },
  createdAt: 0,
  revokedAt: null,
  ...fields,
});

const stateWith = (grants: RefreshGrant[]) =>
  ({
    authCodes: {},
    redirectSessions: {},
    loginSessions: {},
    refreshGrants: Object.fromEntries(grants.map((g) => [g.id, g])),
    ...Object.fromEntries(Object.entries(DOMAIN_STATES).map(([key, d]) => [key, d.seed()])),
  }) as unknown as State;

describe('pruneExpired', () => {
  it('forgets grants idle for 30 days and revoked ones after a day, keeping the rest', () => {
    const now = GRANT_IDLE_MS + 10_000;
    const state = stateWith([
      grant('idle', { createdAt: 0 }),
      grant('renewed', { createdAt: 0, lastUsedAt: now - 1000 }),
      grant('new', { createdAt: now - 1000 }),
      grant('revoked-long-ago', {
        createdAt: now - 5000,
        revokedAt: now - REVOKED_GRANT_KEPT_MS - 1,
      }),
      grant('revoked-just-now', { createdAt: now - 5000, revokedAt: now - 1000 }),
    ]);
    expect(pruneExpired(state, now)).toBe(2);
    expect(Object.keys(state.refreshGrants).sort()).toEqual(['new', 'renewed', 'revoked-just-now']);
  });
});
