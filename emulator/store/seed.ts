import { EMULATOR_CLIENT_ID } from '../defaults';
import { randomSecret } from '../crypto';
import { hashPassword } from '../members/passwords';
import { DOMAIN_STATES } from '../domains/state';
import type { State } from './schema';

export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PASSWORD = 'demo-password';
const DEMO_MEMBER_ID = '0b7e6c1a-5d2f-4a8e-9c3b-1f2e3d4c5b6a';
const DEMO_CONTACT_ID = '7c9d8e1f-2a3b-4c5d-8e6f-9a0b1c2d3e4f';
const SEED_DATE = '2024-01-15T09:30:00.000Z';
// A fixed salt keeps the seeded state byte-for-byte reproducible (the demo password is public anyway).
const DEMO_SALT = Buffer.from('wix-emulator-demo-salt');

/** `http://localhost:3000` → `localhost:3000`, the form Wix uses for allowedRedirectDomains. */
const hostOf = (origin: string): string => new URL(origin).host;

export async function seedState(siteOrigins: readonly string[]): Promise<State> {
  const origins = siteOrigins.map((o) => new URL(o).origin);
  return {
    version: 1,
    signingSecret: randomSecret(48),
    oauthApps: {
      [EMULATOR_CLIENT_ID]: {
        id: EMULATOR_CLIENT_ID,
        name: 'Storefront (emulator)',
        description: 'Seeded by the Wix emulator for the local storefront',
        allowedRedirectUris: origins.map((o) => `${o}/auth/callback`),
        allowedRedirectDomains: [...new Set(origins.map(hostOf))],
        loginUrl: origins[0] ? `${origins[0]}/login` : null,
        logoutUrl: null,
        createdDate: SEED_DATE,
        applicationType: 'WEB_APP',
        technology: 'REACT',
        // No secret yet: the headless storefront needs none (PKCE); one may be generated once.
        allowSecretGeneration: true,
        secretHash: null,
      },
    },
    members: {
      [DEMO_MEMBER_ID]: {
        id: DEMO_MEMBER_ID,
        contactId: DEMO_CONTACT_ID,
        loginEmail: DEMO_EMAIL,
        passwordHash: await hashPassword(DEMO_PASSWORD, DEMO_SALT),
        firstName: 'Demo',
        lastName: 'Member',
        nickname: 'Demo Member',
        slug: 'demo-member',
        createdDate: SEED_DATE,
        updatedDate: SEED_DATE,
        lastLoginDate: null,
      },
    },
    refreshGrants: {},
    authCodes: {},
    loginSessions: {},
    redirectSessions: {},
    ...seedDomains(),
  };
}

function seedDomains() {
  const seeded = Object.entries(DOMAIN_STATES).map(([key, domain]) => [key, domain.seed()]);
  return Object.fromEntries(seeded) as {
    [K in keyof typeof DOMAIN_STATES]: ReturnType<(typeof DOMAIN_STATES)[K]['seed']>;
  };
}
