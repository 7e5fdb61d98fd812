import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';

// Each command runs as a real child process, the way `npm run oauth-apps -- …` runs it.
const repoRoot = path.resolve(import.meta.dirname, '../..');
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const inherited = { ...process.env };
  // The developer's own settings must not leak into the child (real Wix, another emulator).
  for (const key of ['WIX_API_KEY', 'WIX_SITE_ID', 'EMULATOR_URL']) delete inherited[key];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/oauth-apps/main.ts', ...args],
      { cwd: repoRoot, env: { ...inherited, EMULATOR_URL: emulator.url, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A port nothing listens on: bound, then released. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const oneLine = (run: Run) => {
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  return run.stderr.trim();
};

// Every test starts several Node processes one after another; on a busy 2-core machine that alone
// takes seconds, so the deadline is the child's (30 s), not vitest's default 5 s.
describe('npm run oauth-apps', { timeout: 60_000 }, () => {
  it('prints help for the tool and every command', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Usage: npm run oauth-apps -- <command>');
    const commands = ['create', 'list', 'get', 'update', 'delete', 'generate-secret'];
    const runs = await Promise.all(commands.map((command) => cli([command, '--help'])));
    runs.forEach((run, i) => {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`npm run oauth-apps -- ${commands[i]}`);
    });
  });

  it('refuses bad command lines with exit code 2 and one line', async () => {
    const lines = [[], ['bogus'], ['create'], ['get'], ['update', 'id'], ['list', '--nope']];
    for (const run of await Promise.all(lines.map((args) => cli(args)))) {
      expect(run.code).toBe(2);
      expect(oneLine(run)).toMatch(/^oauth-apps: /);
    }
  });

  it('lists (table and JSON) and gets the seeded app', async () => {
    const table = await cli(['list']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^CLIENT ID\s+NAME\s+CREATED\n/);
    expect(table.stdout).toContain(`${EMULATOR_CLIENT_ID}  Storefront (emulator)`);
    const json = JSON.parse((await cli(['list', '--json'])).stdout) as { id: string }[];
    expect(json.map((a) => a.id)).toContain(EMULATOR_CLIENT_ID);

    const get = await cli(['get', EMULATOR_CLIENT_ID]);
    expect(get.stdout).toMatch(/Allowed redirect URIs:\s+http:\/\/localhost:3000\/auth\/callback/);
    const one = JSON.parse((await cli(['get', EMULATOR_CLIENT_ID, '--json'])).stdout) as object;
    expect(one).toMatchObject({
      id: EMULATOR_CLIENT_ID,
      allowedRedirectDomains: ['localhost:3000', '127.0.0.1:3000'],
    });
    expect(JSON.stringify(one)).not.toContain('secret');
  });

  it('creates an app and writes .env.local (0600), keeping other lines', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'oauth-apps-cli-'));
    const envFile = path.join(dir, '.env.local');
    await writeFile(envFile, '# my settings\nSESSION_SECRET=keep\nWIX_CLIENT_ID=old-id\n', {
      mode: 0o644,
    });
    const run = await cli([
      'create',
      '--name',
      'CLI shop',
      '--redirect-uri',
      'http://localhost:3000/auth/callback',
      '--redirect-domain',
      'localhost:3000',
      '--write-env',
      '--env-path',
      envFile,
    ]);
    expect(run.code).toBe(0);
    const id = /client id: (\S+)/.exec(run.stdout)?.[1] ?? '';
    const secret = /client secret: (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(run.stdout).toContain('it will not be shown again');
    expect(await readFile(envFile, 'utf8')).toBe(
      `# my settings\nSESSION_SECRET=keep\nWIX_CLIENT_ID=${id}\nWIX_CLIENT_SECRET=${secret}\n`,
    );
    expect((await stat(envFile)).mode & 0o777).toBe(0o600);

    const shown = await cli(['get', id]);
    expect(shown.stdout).toContain('CLI shop');
    expect(shown.stdout).not.toContain(secret);
    expect((await cli(['list', '--json'])).stdout).not.toContain(secret);
    const again = await cli(['generate-secret', id]);
    expect(again.code).toBe(1);
    expect(oneLine(again)).toContain('SECRET_ALREADY_GENERATED');
  });

  it('updates only the given fields; add and remove edit the current lists', async () => {
    const created = await cli([
      'create',
      '--name',
      'Updatable',
      '--redirect-uri',
      'http://a.test/cb',
    ]);
    const id = /client id: (\S+)/.exec(created.stdout)?.[1] ?? '';
    const run = await cli([
      'update',
      id,
      '--add-redirect-uri',
      'http://b.test/cb',
      '--remove-redirect-uri',
      'http://a.test/cb',
      '--add-redirect-domain',
      'b.test',
      '--login-url',
      'http://b.test/login',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Updated loginUrl, allowedRedirectUris, allowedRedirectDomains');
    const app = JSON.parse((await cli(['get', id, '--json'])).stdout) as Record<string, unknown>;
    expect(app).toMatchObject({
      name: 'Updatable',
      allowedRedirectUris: ['http://b.test/cb'],
      allowedRedirectDomains: ['b.test'],
      loginUrl: 'http://b.test/login',
    });

    const invalid = await cli(['update', id, '--redirect-domain', 'https://c.test/path']);
    expect(invalid.code).toBe(1);
    expect(oneLine(invalid)).toBe(
      'oauth-apps: invalid input: oAuthApp.allowedRedirectDomains[0] must be a host[:port] without a scheme (e.g. shop.example.com)',
    );
  });

  it('deletes only with --yes when there is no terminal', async () => {
    const created = await cli(['create', '--name', 'Deletable']);
    const id = /client id: (\S+)/.exec(created.stdout)?.[1] ?? '';
    const refused = await cli(['delete', id]);
    expect(refused.code).toBe(2);
    expect(oneLine(refused)).toContain('pass --yes');
    const deleted = await cli(['delete', id, '--yes']);
    expect(deleted.code).toBe(0);
    const gone = await cli(['get', id]);
    expect(gone.code).toBe(1);
    expect(oneLine(gone)).toBe(`oauth-apps: OAuth app "${id}" not found [404 OAUTH_APP_NOT_FOUND]`);
  });

  it('generates a secret once for an app without one', async () => {
    const first = await cli(['generate-secret', EMULATOR_CLIENT_ID]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^client secret: \S{40,}\n/);
    expect((await cli(['generate-secret', EMULATOR_CLIENT_ID])).code).toBe(1);
  });

  it('explains a wrong key, a wrong site and an emulator that is not running', async () => {
    const wrongKey = await cli(['list'], { WIX_API_KEY: 'IST.wrong' });
    expect(wrongKey.code).toBe(1);
    expect(oneLine(wrongKey)).toContain('The API key is not valid [401 UNAUTHENTICATED]');
    const wrongSite = await cli(['list'], { WIX_SITE_ID: 'other-site' });
    expect(wrongSite.code).toBe(1);
    expect(oneLine(wrongSite)).toContain('[403 PERMISSION_DENIED]');
    const port = await freePort();
    const down = await cli(['list'], { EMULATOR_URL: `http://127.0.0.1:${port}` });
    expect(down.code).toBe(1);
    expect(oneLine(down)).toBe(
      `oauth-apps: cannot reach the Wix emulator at http://127.0.0.1:${port} (ECONNREFUSED): start it with "npm run emulator" or set EMULATOR_URL`,
    );
    const half = await cli(['list'], { EMULATOR_URL: '', WIX_API_KEY: 'x' });
    expect(half.code).toBe(2);
    expect(oneLine(half)).toContain('set both WIX_API_KEY and WIX_SITE_ID');
  });
});
