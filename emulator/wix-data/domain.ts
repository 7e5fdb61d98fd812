import type { EmulatorDomain } from '../domains/types';
import { wixDataRoutes } from './routes';

/** Wix Data (CMS): querying the site's data collections. */
export const wixDataDomain: EmulatorDomain = { name: 'wix-data', routes: wixDataRoutes };
