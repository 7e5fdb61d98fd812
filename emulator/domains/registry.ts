import { bookingsDomain } from '../bookings/domain';
import { ecomDomain } from '../ecom/domain';
import { recommendationsDomain } from '../recommendations/domain';
import { storesDomain } from '../stores/domain';
import { wixDataDomain } from '../wix-data/domain';
import type { EmulatorDomain } from './types';

/** The Wix domains the emulator speaks besides its core (OAuth, redirects, members, admin). */
export const DOMAINS: readonly EmulatorDomain[] = [
  storesDomain,
  ecomDomain,
  wixDataDomain,
  recommendationsDomain,
  bookingsDomain,
];
