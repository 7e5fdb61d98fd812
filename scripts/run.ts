// Starts the storefront (next dev | build | start) with the local Wix emulator beside it,
// unless WIX_CLIENT_ID is configured, in which case it talks to real Wix and starts no emulator.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import nextEnv from '@next/env';
import { EMULATOR_DEFAULT_PORT } from '../emulator/defaults';
import { EnvError, parseEnv, type Env } from '../lib/env';

const USAGE = `usage: tsx scripts/run.ts <dev|build|start> [--port N] [--emulator-port N] [--emulator] [--fresh] [-- emulator flags]`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const separator = process.argv.indexOf('--');
const ownArgs = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const emulatorArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
let parsed;
try {
  parsed = parseArgs({
    args: ownArgs,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      'emulator-port': { type: 'string' },
      // Tests always use the emulator, even where .env.local points at a real Wix project.
      emulator: { type: 'boolean' },
      // A build that starts from nothing: no data cached by an earlier build or run.
      fresh: { type: 'boolean' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const mode = parsed.positionals[0];
if (mode !== 'dev' && mode !== 'build' && mode !== 'start') fail(USAGE);
const port = parsed.values.port ?? process.env.PORT ?? '3000';
const emulatorPort = parsed.values['emulator-port'] ?? String(EMULATOR_DEFAULT_PORT);

nextEnv.loadEnvConfig(process.cwd(), mode === 'dev', { info: () => {}, error: console.error });
if (parsed.values.emulator) delete process.env.WIX_CLIENT_ID;
const useEmulator = !process.env.WIX_CLIENT_ID?.trim();
if (useEmulator) process.env.WIX_API_URL = `http://127.0.0.1:${emulatorPort}`;
let env: Env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) fail(`Configuration error: ${error.message}`);
  throw error;
}

const children: ChildProcess[] = [];
function stopAll(code: number): never {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(130));
process.on('SIGTERM', () => stopAll(143));

function run(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env });
  children.push(child);
  return child;
}

async function waitForEmulator(emulator: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (emulator.exitCode !== null)
      fail('The Wix emulator stopped before it was ready (see above).');
    try {
      const response = await fetch(`${process.env.WIX_API_URL}/__emulator/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fail(`The Wix emulator did not answer on port ${emulatorPort} within 30 s.`);
}

// A running shop hears about catalog changes made in the emulator, as it would from a Wix webhook.
function revalidationArgs(): string[] {
  if (mode === 'build' || !env.revalidateSecret || emulatorArgs.includes('--revalidate-url'))
    return [];
  const url = `http://localhost:${port}/api/revalidate`;
  return ['--revalidate-url', url, '--revalidate-secret', env.revalidateSecret];
}

if (useEmulator) {
  const emulator = run(process.execPath, [
    '--import',
    'tsx',
    'emulator/main.ts',
    '--port',
    emulatorPort,
    ...revalidationArgs(),
    ...emulatorArgs,
  ]);
  emulator.on('exit', (code) => {
    if (code !== 0 && code !== null) stopAll(code);
  });
  await waitForEmulator(emulator);
} else {
  console.log(`Using real Wix with client id ${process.env.WIX_CLIENT_ID} (no emulator).`);
}

if (mode === 'build' && parsed.values.fresh) {
  rmSync(process.env.NEXT_DIST_DIR || '.next', { recursive: true, force: true });
}
const nextArgs = mode === 'build' ? ['build'] : [mode, '--port', port];
const next = run(process.execPath, ['node_modules/next/dist/bin/next', ...nextArgs]);
next.on('exit', (code) => stopAll(code ?? 1));
