import { unstable_cache } from 'next/cache';
import { serviceTags } from '../catalog/cache-tags';
import { warnOnce } from '../server-log';
import { WIX_BOOKINGS_APP_ID } from '../wix-app-ids';
import { fetchBusinessTimeZone } from './availability';
import type { Service } from './booking-types';
import { createCachedReads } from './cached-read';
import { getCatalogClient, type CatalogClient } from './catalog-client';
import { compareServices, isOffered, reshapeService } from './reshape-service';

// The Wix Bookings services shoppers can book, read like the catalog: one shared cookieless
// grant, cached and tagged, the last good answer while Wix fails.

type SdkService = NonNullable<Awaited<ReturnType<CatalogClient['services']['getService']>>>;

const PAGE = 100;
const MAX_SERVICES = 500;
const FIELDS = ['STAFF_MEMBER_DETAILS' as const];

const { read, options } = createCachedReads({ source: getCatalogClient, tag: serviceTags.all });

const query = (client: CatalogClient) =>
  client.services
    .queryServices({ conditionalFields: FIELDS })
    .eq('appId', WIX_BOOKINGS_APP_ID)
    .eq('hidden', false);

async function queryAll(client: CatalogClient): Promise<SdkService[]> {
  const found: SdkService[] = [];
  let page = await query(client).limit(PAGE).find();
  found.push(...page.items);
  while (page.hasNext() && found.length < MAX_SERVICES) {
    page = await page.next();
    found.push(...page.items);
  }
  return found;
}

// Wix keeps the business's zone in its site properties; a time-slot call reports it.
async function businessTimeZoneFor(service: SdkService | undefined): Promise<string> {
  const type = service?.type === 'CLASS' ? 'class' : 'appointment';
  const zone = service?._id ? await fetchBusinessTimeZone({ id: service._id, type }) : null;
  if (zone) return zone;
  if (service) warnOnce('business-zone', 'Wix named no business time zone; showing times in UTC');
  return 'UTC';
}

function reshapeAll(found: SdkService[], zone: string): Service[] {
  return found
    .filter(isOffered)
    .sort(compareServices)
    .flatMap((s) => reshapeService(s, zone) ?? []);
}

/** Every service shoppers can book, by category and then the business's order. */
export const getServices = unstable_cache(
  () =>
    read('services', async (client) => {
      const found = (await queryAll(client)).filter(isOffered);
      return reshapeAll(found, await businessTimeZoneFor(found[0]));
    }),
  ['bookings-services'],
  options(),
);

/** A bookable service by its slug, or null (unknown, hidden, or not offered online). */
export function getService(slug: string): Promise<Service | null> {
  return unstable_cache(
    () =>
      read(`service:${slug}`, async (client) => {
        const { items } = await query(client).eq('mainSlug.name', slug).limit(1).find();
        const found = items.filter(isOffered);
        if (!found[0]) return null;
        return reshapeAll(found, await businessTimeZoneFor(found[0]))[0] ?? null;
      }),
    ['bookings-service', slug],
    options(serviceTags.service(slug)),
  )();
}
