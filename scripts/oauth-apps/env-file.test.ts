import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEnvValue, upsertEnv, writeEnvFile } from './env-file';

const entries = { WIX_CLIENT_ID: 'id-1', WIX_CLIENT_SECRET: 'sec-1' };

describe('upsertEnv', () => {
  it('appends to an empty file', () => {
    expect(upsertEnv('', entries)).toBe('WIX_CLIENT_ID=id-1\nWIX_CLIENT_SECRET=sec-1\n');
  });

  it('replaces the keys in place and keeps every other line and comment', () => {
    const before =
      '# Wix\nWIX_CLIENT_ID=old # note\n\nSESSION_SECRET="a b"\nexport WIX_CLIENT_SECRET=x';
    expect(upsertEnv(before, entries)).toBe(
      '# Wix\nWIX_CLIENT_ID=id-1\n\nSESSION_SECRET="a b"\nWIX_CLIENT_SECRET=sec-1\n',
    );
  });

  it('drops later duplicates of a key, and leaves look-alike keys and comments alone', () => {
    const before =
      'WIX_CLIENT_ID=a\r\n# WIX_CLIENT_ID=commented\r\nMY_WIX_CLIENT_ID=b\r\nWIX_CLIENT_ID = c\r\n';
    expect(upsertEnv(before, { WIX_CLIENT_ID: 'z' })).toBe(
      'WIX_CLIENT_ID=z\n# WIX_CLIENT_ID=commented\nMY_WIX_CLIENT_ID=b\n',
    );
  });

  it('quotes values dotenv would misread', () => {
    expect(formatEnvValue('abc-_.:/+=')).toBe('abc-_.:/+=');
    expect(formatEnvValue('a b#c')).toBe('"a b#c"');
    expect(formatEnvValue('line\nbreak')).toBe('"line\\nbreak"');
  });
});

describe('writeEnvFile', () => {
  it('creates the file with mode 0600, and narrows an existing one to 0600', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'env-file-'));
    const fresh = path.join(dir, 'fresh.env');
    writeEnvFile(fresh, entries);
    expect((await stat(fresh)).mode & 0o777).toBe(0o600);

    const existing = path.join(dir, 'existing.env');
    await writeFile(existing, 'KEEP=1\n', { mode: 0o644 });
    writeEnvFile(existing, entries);
    expect((await stat(existing)).mode & 0o777).toBe(0o600);
    expect(await readFile(existing, 'utf8')).toBe(
      'KEEP=1\nWIX_CLIENT_ID=id-1\nWIX_CLIENT_SECRET=sec-1\n',
    );
  });
});
