import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

// dotenv reads these unquoted; anything else is written double-quoted with escapes.
const PLAIN_VALUE = /^[A-Za-z0-9_\-.:/+=@]*$/;

export const formatEnvValue = (value: string): string =>
  PLAIN_VALUE.test(value) ? value : JSON.stringify(value);

const keyOf = (line: string): string | null =>
  /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1] ?? null;

/**
 * Sets `entries` in dotenv text: the first line of each key is replaced in place, later
 * duplicates are dropped, missing keys are appended; every other line and comment is kept.
 */
export function upsertEnv(text: string, entries: Record<string, string>): string {
  const pending = new Map(Object.entries(entries));
  const done = new Set<string>();
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    const key = keyOf(line);
    if (key === null || !Object.hasOwn(entries, key)) out.push(line);
    else if (!done.has(key)) {
      out.push(`${key}=${formatEnvValue(entries[key] ?? '')}`);
      done.add(key);
      pending.delete(key);
    }
  }
  for (const [key, value] of pending) out.push(`${key}=${formatEnvValue(value)}`);
  return `${out.join('\n')}\n`;
}

/** Writes the entries into `file`, which only its owner may read (0600), before and after. */
export function writeEnvFile(file: string, entries: Record<string, string>): void {
  const exists = existsSync(file);
  const before = exists ? readFileSync(file, 'utf8') : '';
  // Narrow the mode first, so the secret never sits in a file others can read.
  if (exists) chmodSync(file, 0o600);
  writeFileSync(file, upsertEnv(before, entries), { mode: 0o600 });
  chmodSync(file, 0o600);
}
