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
  };
}

export interface AppEnv {
  Variables: { auth: AccessClaims };
}
