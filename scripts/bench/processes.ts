// The shop and its emulator as the benchmark runs them: one production build, then `next start`.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export const PORT = 3500;
export const EMULATOR = `http://127.0.0.1:${PORT + 1010}`;
export const SITE = `http://localhost:${PORT}`;
/**
 * Where a benchmark keeps its build and its emulator's data, the emulator's extra flags, and the
 * shop's port (PORT unless given; the emulator listens 1010 above it).
 */
export type ShopSetup = {
  distDir: string;
  dataDir: string;
  emulatorFlags: string[];
  port?: number;
};

/** The build and the server of one benchmark (the shop on its port, its emulator beside it). */
export function shopProcesses({ distDir, dataDir, emulatorFlags, port = PORT }: ShopSetup) {
  const site = `http://localhost:${port}`;
  const env = {
    ...process.env,
    SITE_URL: site,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };

  function run(args: string[], capture: boolean): { child: ChildProcess; output: () => string } {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/run.ts', ...args], {
      env,
      stdio: ['ignore', capture ? 'pipe' : 'ignore', 'inherit'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return { child, output: () => output };
  }

  const emulatorArgs = (data: string) => [
    '--emulator-port',
    String(port + 1010),
    '--',
    '--data-dir',
    data,
    '--reset',
    '--site-origin',
    site,
    ...emulatorFlags,
  ];

  return {
    site,
    /** `next build` against a throwaway emulator; resolves with what it printed. */
    async build(): Promise<string> {
      // next build lists its dist dir's types in tsconfig.json: put the file back as it was.
      const tsconfig = readFileSync('tsconfig.json', 'utf8');
      try {
        const { child, output } = run(
          ['build', '--fresh', '--emulator', ...emulatorArgs(`${dataDir}-build`)],
          true,
        );
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        if (code !== 0) throw new Error(`next build failed (exit ${code})`);
        return output();
      } finally {
        writeFileSync('tsconfig.json', tsconfig);
      }
    },
    /** `next start` with a fresh emulator; kill the child to stop both. */
    start(): ChildProcess {
      return run(['start', '--emulator', '--port', String(port), ...emulatorArgs(dataDir)], false)
        .child;
    },
  };
}

const bench = shopProcesses({
  distDir: '.next-bench',
  dataDir: '.emulator-data/bench',
  emulatorFlags: ['--latency', '80'],
});

export async function build(): Promise<string> {
  console.log('Building (production, emulator with 80 ms latency)…');
  return bench.build();
}

export const start = bench.start;

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

export type EmulatorStats = { requests: { total: number }; grants: Record<string, number> };

export const stats = () =>
  fetch(`${EMULATOR}/__emulator/stats`).then((r) => r.json() as Promise<EmulatorStats>);
export const resetStats = () =>
  fetch(`${EMULATOR}/__emulator/stats/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });

/** The counters once every request the server still had in hand has been answered. */
export async function settledStats(): Promise<EmulatorStats> {
  let last = await stats();
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await stats();
    if (now.requests.total === last.requests.total) return now;
    last = now;
  }
  return last;
}
