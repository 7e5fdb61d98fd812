import path from 'node:path';
import { parseEmulatorArgs, USAGE, UsageError, type ParsedArgs } from './cli/args';
import { startEmulator } from './server';
import { DEMO_EMAIL, DEMO_PASSWORD } from './store/seed';
import { StateCorruptError } from './store/store';

const repoRoot = path.resolve(import.meta.dirname, '..');

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

let parsed: ParsedArgs;
try {
  parsed = parseEmulatorArgs(process.argv.slice(2), process.env, repoRoot);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`wix emulator: ${error.message} (see --help)`);
  process.exit(2);
}

if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}

const { options } = parsed;
try {
  const emulator = await startEmulator({ ...options, log: true });
  console.log(`Wix emulator listening on ${emulator.publicUrl}`);
  if (!isLoopback(options.host)) {
    console.warn(
      `WARNING: the emulator is bound to ${options.host}, reachable from other machines. It has published development secrets and no real security: bind to 127.0.0.1 unless this network is yours alone.`,
    );
  }
  console.log(`client id: ${emulator.clientId}`);
  console.log(`data: ${emulator.dataDir}`);
  console.log(`demo login: ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
  console.log(`admin api key: ${emulator.adminApiKey}`);
  console.log(`site id: ${emulator.siteId}`);
  console.log(`dashboard: ${emulator.publicUrl}/_dashboard/headless-settings`);
  const shutdown = (signal: string) => {
    console.log(`Wix emulator: ${signal}, saving state and stopping`);
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  if (error instanceof StateCorruptError) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`wix emulator: port ${options.port} is already in use; pick another with --port`);
    process.exit(1);
  }
  throw error;
}
