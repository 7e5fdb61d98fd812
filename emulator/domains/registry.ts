import { storesDomain } from '../stores/domain';
import type { EmulatorDomain } from './types';

/** The Wix domains the emulator speaks besides its core (OAuth, redirects, members, admin). */
export const DOMAINS: readonly EmulatorDomain[] = [storesDomain];
