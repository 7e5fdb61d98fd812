import { getEnv } from '../env';

/** Absolute URL on the canonical origin (SITE_URL), never derived from a request. */
export function absoluteUrl(path: string): string {
  return `${getEnv().siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
