import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { AppEnv, EmulatorContext } from '../context';
import type { KNOWN_INTENTS, RedirectSessionRequest } from '../redirects/schema';

export type IntentName = (typeof KNOWN_INTENTS)[number];

/** Answers `POST /_api/redirects-api/v1/redirect-session` for one intent. */
export type IntentHandler = (
  ctx: EmulatorContext,
  c: Context<AppEnv>,
  body: RedirectSessionRequest,
) => Response | Promise<Response>;

/** A domain's slice of state.json: its schema, its seed, and what expires in it. */
export interface DomainState<S extends z.ZodType> {
  schema: S;
  seed(): z.infer<S>;
  /** Drops expired entries before the state is written. */
  prune?(slice: z.infer<S>, now: number): void;
}

/** What a Wix domain brings to the emulator besides its state. */
export interface EmulatorDomain {
  name: string;
  /** Its Wix API routes, hosted pages and /__emulator routes. */
  routes(ctx: EmulatorContext): Hono<AppEnv>;
  /** Redirect-session intents it answers (ecomCheckout, bookingsCheckout, …). */
  intents?: Partial<Record<IntentName, IntentHandler>>;
  /** A member signed in from an auth session that this visitor started (token exchange). */
  onMemberSignIn?(ctx: EmulatorContext, visitorId: string, memberId: string): void;
}

export const defineState = <S extends z.ZodType>(state: DomainState<S>): DomainState<S> => state;
