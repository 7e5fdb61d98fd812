import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, EmulatorContext } from '../../context';
import { wixError, zodViolations } from '../../http/errors';
import { answering } from '../../stores/guard';
import { decodeCursor, encodeCursor } from '../../stores/query/cursor';
import { cursorWindow } from '../../stores/query/paging';
import { QueryError } from '../../stores/query/field-spec';
import { readPayload } from '../../stores/payload';
import {
  isValidTimeZone,
  parseLocalDateTime,
  toWallTime,
  wallTimeToUtcOrAfter,
  type WallTime,
} from '../time/zone';

/** A Wix application error to answer with (SERVICE_NOT_FOUND, SLOT_NOT_FOUND, …). */
export class Refusal extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Handler = (c: Context<AppEnv>) => Response | Promise<Response>;

/** Refusals become Wix application errors, query-language mistakes a validationError. */
export const answeringSlots = (handler: Handler): Handler =>
  answering(async (c) => {
    try {
      return await handler(c);
    } catch (error) {
      if (error instanceof Refusal) return wixError(c, error.status, error.code, error.message);
      throw error;
    }
  });

/** Parses a request body with zod; a mismatch throws the 400 validationError. */
export function parseBody<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new QueryError(zodViolations(parsed.error));
  return parsed.data;
}

const localDate = z
  .string()
  .refine((s) => parseLocalDateTime(s) !== null, 'must be a local date-time YYYY-MM-DDThh:mm:ss');

export const rangeFields = {
  fromLocalDate: localDate.nullish(),
  toLocalDate: localDate.nullish(),
  timeZone: z.string().max(150).nullish(),
};

export const cursorPagingSchema = z
  .object({
    limit: z.number().int().min(0).max(1000).nullish(),
    cursor: z.string().nullish(),
  })
  .nullish();

/** The time zone asked for, or the business's; an unknown one is refused [unverified code]. */
export function zoneOf(ctx: EmulatorContext, timeZone: string | null | undefined): string {
  const zone = timeZone || ctx.store.state.bookings.business.timeZone;
  if (!isValidTimeZone(zone)) {
    throw new Refusal(400, 'INVALID_TIME_ZONE', `"${zone}" is not an IANA time zone`);
  }
  return zone;
}

/** `[fromLocalDate, toLocalDate)` in `zone` as UTC; `from` defaults to now, `to` is required. */
export function utcRange(
  ctx: EmulatorContext,
  zone: string,
  from: string | null | undefined,
  to: string | null | undefined,
): { fromMs: number; toMs: number } {
  if (!to) throw new Refusal(400, 'MISSING_ARGUMENTS', 'toLocalDate is required');
  const wall = (s: string): WallTime => parseLocalDateTime(s) as WallTime;
  const fromMs = from ? wallTimeToUtcOrAfter(wall(from), zone) : ctx.clock();
  const toMs = wallTimeToUtcOrAfter(wall(to), zone);
  if (toMs < fromMs) {
    throw new QueryError([
      { field: 'toLocalDate', description: 'must not be before fromLocalDate' },
    ]);
  }
  return { fromMs, toMs };
}

/** The local calendar day of an instant, `YYYY-MM-DD`, for per-day caps. */
export function localDay(ms: number, zone: string): string {
  const w = toWallTime(ms, zone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

export interface ListRequest {
  request: Record<string, unknown>;
  offset: number;
  limit: number;
}

/**
 * A list call's request and where its page starts: a `cursorPaging.cursor` carries the first
 * request (Wix sends only `{cursor, limit}` for the next page).
 */
export async function readListRequest(c: Context, defaultLimit: number): Promise<ListRequest> {
  const body = await readPayload(c);
  const paging = parseBody(
    z.object({ cursorPaging: cursorPagingSchema }).loose(),
    body,
  ).cursorPaging;
  const limit = paging?.limit || defaultLimit;
  if (!paging?.cursor) return { request: body, offset: 0, limit };
  const state = decodeCursor(paging.cursor, 'cursorPaging.cursor');
  return { request: (state.filter ?? {}) as Record<string, unknown>, offset: state.offset, limit };
}

/** One page of a list call's slots, with Wix's cursor metadata. */
export function slotPage<T>(items: readonly T[], list: ListRequest) {
  const page = cursorWindow(items, list.offset, list.limit);
  const cursorAt = (at: number | null) =>
    at === null ? null : encodeCursor({ filter: list.request, offset: at });
  return {
    items: page.items,
    metadata: {
      cursors: { next: cursorAt(page.nextOffset), prev: cursorAt(page.prevOffset) },
      hasNext: page.nextOffset !== null,
    },
  };
}
