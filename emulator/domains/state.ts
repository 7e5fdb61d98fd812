import { bookingsState } from '../bookings/state';
import { ecomState } from '../ecom/state';
import { catalogState } from '../stores/state';

/**
 * Every domain's slice of state.json, by key. A new domain adds its `defineState(…)` here and
 * its behaviour in ./registry.ts; the core schema, seed and prune pick both up.
 */
export const DOMAIN_STATES = {
  catalog: catalogState,
  ecom: ecomState,
  bookings: bookingsState,
} as const;
