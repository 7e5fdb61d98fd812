import type { EmulatorDomain } from '../domains/types';
import { recommendationsRoutes } from './routes';

/** eCom Recommendations: Wix Stores' recommendation algorithms over the emulator's catalog. */
export const recommendationsDomain: EmulatorDomain = {
  name: 'recommendations',
  routes: recommendationsRoutes,
};
