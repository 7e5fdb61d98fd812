import { createClient, OAuthStrategy, TokenRole, type Tokens } from '@wix/sdk';
import { bookings, extendedBookings } from '@wix/bookings';
import { currentCartV2, orders } from '@wix/ecom';
import { members } from '@wix/members';
import { redirects } from '@wix/redirects';
import { getEnv } from '../env';
import { installWixTransport } from './reroute';
import type { SessionTokens } from './types';

// Cart V2: every current-cart V1 method has a target removal date of 2027-02-01.
const modules = { bookings, currentCartV2, extendedBookings, members, orders, redirects };

export function toSdkTokens(tokens: SessionTokens): Tokens {
  return {
    accessToken: { value: tokens.accessToken, expiresAt: tokens.accessExpiresAt },
    refreshToken: {
      value: tokens.refreshToken,
      role: tokens.role === 'member' ? TokenRole.MEMBER : TokenRole.VISITOR,
    },
  };
}

export function fromSdkTokens(tokens: Tokens): SessionTokens {
  return {
    accessToken: tokens.accessToken.value,
    accessExpiresAt: tokens.accessToken.expiresAt,
    refreshToken: tokens.refreshToken.value,
    role: tokens.refreshToken.role === TokenRole.MEMBER ? 'member' : 'visitor',
  };
}

/**
 * A Wix client for one identity. Installs the emulator reroute here as well as in
 * instrumentation.ts, because `next build` prerenders without instrumentation.
 */
export function createWixClient(tokens?: SessionTokens) {
  const env = getEnv();
  installWixTransport(env.wixApiUrl);
  return createClient({
    modules,
    auth: OAuthStrategy({
      clientId: env.wixClientId,
      ...(tokens ? { tokens: toSdkTokens(tokens) } : {}),
    }),
  });
}

export type WixClient = ReturnType<typeof createWixClient>;
