import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Unit tests run as in emulator mode; no emulator is started or called.
          env: { WIX_API_URL: 'http://127.0.0.1:4010', WIX_CLIENT_ID: '' },
          include: ['lib/**/*.test.ts', 'emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          include: ['tests/contract/**/*.test.ts'],
          // One emulator per file, each file in its own child process (forks, isolated), so the
          // global fetch reroute is never shared between files.
          pool: 'forks',
          isolate: true,
          // Real servers and processes: a busy 2-core machine can take seconds where 5 s is tight.
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
