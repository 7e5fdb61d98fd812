import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../clock';
import { pruneExpired } from './prune';
import { stateSchema, type State } from './schema';
import { seedState } from './seed';

const STATE_FILE = 'state.json';
// Requests arriving in a burst share one write; still soon enough that a crash loses little.
const FLUSH_DELAY_MS = 100;

export class StateCorruptError extends Error {}

export interface OpenStoreOptions {
  dataDir: string;
  reset: boolean;
  siteOrigins: readonly string[];
  clock: Clock;
}

/** The emulator's state: kept in memory, written to `<dataDir>/state.json` atomically. */
export class Store {
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    readonly file: string,
    public state: State,
    private readonly clock: Clock,
    private readonly siteOrigins: readonly string[],
  ) {}

  static async open({ dataDir, reset, siteOrigins, clock }: OpenStoreOptions): Promise<Store> {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, STATE_FILE);
    const fresh = reset || !existsSync(file);
    const state = fresh ? await seedState(siteOrigins) : readState(file);
    const store = new Store(file, state, clock, siteOrigins);
    if (fresh) store.flush();
    return store;
  }

  /** Reseeds while running (`POST /__emulator/reset`): every token issued before stops working. */
  async reset(): Promise<void> {
    this.state = await seedState(this.siteOrigins);
    this.flush();
  }

  /** Call after every mutation; the write happens shortly after, coalesced. */
  changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), FLUSH_DELAY_MS);
    this.timer.unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    pruneExpired(this.state, this.clock());
    // Write-then-rename so a crash mid-write never leaves a half-written state file.
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state, null, 2) + '\n');
    renameSync(temp, this.file);
  }
}

function readState(file: string): State {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new StateCorruptError(
      `The emulator state file ${file} is not valid JSON; run with --reset to reseed it.`,
    );
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StateCorruptError(
      `The emulator state file ${file} has an unexpected shape; run with --reset to reseed it.`,
    );
  }
  return parsed.data;
}
