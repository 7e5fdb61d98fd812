import type { FaultPlan } from './admin/faults';
import type { Stats } from './admin/stats';
import type { Clock } from './clock';
import type { AccessClaims } from './oauth/tokens';
import type { Store } from './store/store';

/** Everything a route needs, passed explicitly so each test gets its own emulator. */
export interface EmulatorContext {
  store: Store;
  clock: Clock;
  stats: Stats;
  config: {
    /** Origin browsers use for hosted pages; known only once the server listens. */
    publicUrl: string;
    accessTokenTtl: number;
    dataDir: string;
    /** Where API calls go (e.g. http://127.0.0.1:4010); known only once the server listens. */
    apiUrl?: string;
    /** The one API key the OAuth Apps admin API accepts, and its site (defaults: oauth-apps/defaults). */
    adminApiKey?: string;
    siteId?: string;
    /** Which Stores catalog the site runs (`--catalog`); default V3 like a new Wix site. */
    catalog?: 'v1' | 'v3' | 'none';
    /** Delay added to every Wix API answer, for benchmarks (`--latency`). */
    latencyMs?: number;
    /** A simulated Wix outage, switched at run time with POST /__emulator/outage. */
    outage?: boolean;
    /** Wix failures to inject, set at run time with POST /__emulator/faults. */
    faults?: FaultPlan;
    /** Where catalog changes are announced (`--revalidate-url`, `--revalidate-secret`). */
    revalidate?: { url: string; secret: string } | null;
    /** A visitor's cart at sign-in (`--cart-at-sign-in`): kept by the visitor, or moved to the member. */
    cartAtSignIn?: 'keep' | 'move';
    /** The emulator's log (one line per event), or null when quiet. */
    log?: ((line: string) => void) | null;
  };
}

export interface AppEnv {
  Variables: { auth: AccessClaims };
}
