import { z } from 'zod';

const authRequest = z.object({
  redirectUri: z.string().min(1),
  clientId: z.string().min(1),
  codeChallenge: z.string().min(1),
  codeChallengeMethod: z.literal('S256'),
  // Wix's REST default is `query`; the SDK always sends one.
  responseMode: z.enum(['query', 'fragment', 'web_message']).default('query'),
  responseType: z.literal('code'),
  scope: z.string().default('offline_access'),
  state: z.string().default(''),
  sessionToken: z.string().optional(),
});

const callbacks = z.looseObject({ postFlowUrl: z.string().optional() });

/** The SDK sends exactly one intent plus optional callbacks/preferences/origin. */
export const redirectSessionRequestSchema = z.looseObject({
  auth: z
    .object({
      authRequest,
      prompt: z.enum(['login', 'none', 'consent', 'select_account']).default('login'),
    })
    .optional(),
  logout: z.object({ clientId: z.string().min(1) }).optional(),
  callbacks: callbacks.optional(),
});

export type RedirectSessionRequest = z.infer<typeof redirectSessionRequestSchema>;

export const KNOWN_INTENTS = [
  'auth',
  'logout',
  'login',
  'ecomCheckout',
  'bookingsCheckout',
  'eventsCheckout',
  'paidPlansCheckout',
  'storesProduct',
  'bookingsBook',
  'ecomOrderPaymentRequest',
] as const;
