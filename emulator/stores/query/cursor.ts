import { fail } from './field-spec';

/** What a cursor remembers: the next page sends only `{cursor, limit}`, so the query rides along. */
export interface CursorState {
  filter?: unknown;
  sort?: unknown;
  search?: unknown;
  offset: number;
}

const PREFIX = 'emu1.';

export function encodeCursor(state: CursorState): string {
  return PREFIX + Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeCursor(cursor: string, at = 'cursorPaging.cursor'): CursorState {
  if (!cursor.startsWith(PREFIX)) return fail(at, 'is not a cursor this API issued');
  try {
    const state = JSON.parse(Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString());
    if (typeof state === 'object' && state && Number.isInteger(state.offset) && state.offset >= 0) {
      return state as CursorState;
    }
  } catch {
    // falls through to the validation error
  }
  return fail(at, 'is not a cursor this API issued');
}
