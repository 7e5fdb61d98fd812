import { defineState } from '../domains/types';
import { buildSeedCatalog } from './build-catalog';
import { catalogSchema } from './catalog-model';

/** The Stores catalog in state.json (`catalog`). */
export const catalogState = defineState({ schema: catalogSchema, seed: buildSeedCatalog });
