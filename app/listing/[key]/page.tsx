import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { CollectionNav } from '@/components/catalog/collection-nav';
import { ListingControls } from '@/components/catalog/listing-controls';
import { StoresNotInstalled } from '@/components/catalog/stores-not-installed';
import { ListingResults } from '@/components/catalog/listing-results';
import { GridSkeleton } from '@/components/catalog/skeletons';
import {
  DEFAULT_LISTING,
  listingHref,
  listingKey,
  PAGE_SIZE,
  parseListingKey,
} from '@/lib/catalog/listing';
import { absoluteUrl } from '@/lib/catalog/site-url';
import { getCollection, getCollections } from '@/lib/wix/catalog';
import { unlessStoresMissing } from '@/lib/wix/errors';

// Reached through middleware's rewrite of /products and /collections/<slug>: each distinct
// listing is rendered once and then served from cache (ISR).
// Must be a literal for Next; the same lifetime as CATALOG_REVALIDATE_SECONDS.
export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ key: string }> };

export async function generateStaticParams() {
  const collections = await getCollections().catch(() => []);
  return [
    { key: listingKey(DEFAULT_LISTING) },
    ...collections.map((c) => ({ key: listingKey({ ...DEFAULT_LISTING, collection: c.slug }) })),
  ];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = parseListingKey((await params).key);
  if (!state) return {};
  // Wix errors are thrown, not hidden: a page must never be cached with a wrong title.
  const collection = state.collection
    ? await unlessStoresMissing(getCollection(state.collection), null)
    : null;
  const title = state.q ? `Search: ${state.q}` : (collection?.name ?? 'All products');
  return {
    title: state.page > 1 ? `${title} (page ${state.page})` : title,
    description: collection?.description ?? 'Browse every product in the shop.',
    alternates: { canonical: absoluteUrl(listingHref(state)) },
    // Search result pages are endless variations: keep them out of search engines.
    robots: state.q ? { index: false, follow: true } : undefined,
  };
}

export default async function ListingPage({ params }: Props) {
  const state = parseListingKey((await params).key);
  if (!state) notFound();
  // Resolved before anything streams, so an unknown collection is a real 404.
  const loaded = await unlessStoresMissing(
    Promise.all([getCollections(), state.collection ? getCollection(state.collection) : null]),
    null,
  );
  if (!loaded) return <StoresNotInstalled heading="h1" />;
  const [collections, collection] = loaded;
  if (state.collection && !collection) notFound();
  const heading = collection?.name ?? 'All products';

  return (
    <div className="flex flex-col gap-8 lg:flex-row">
      <aside className="lg:w-48 lg:shrink-0">
        <CollectionNav collections={collections} current={collection?.slug ?? null} />
      </aside>
      <section className="flex-1">
        <Breadcrumbs
          items={[
            { name: 'Home', href: '/' },
            ...(collection ? [{ name: 'Products', href: '/products' }] : []),
            { name: heading },
          ]}
        />
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{heading}</h1>
        {collection?.description ? (
          <p className="mt-2 text-zinc-600">{collection.description}</p>
        ) : null}
        <div className="mt-6">
          <ListingControls state={state} />
        </div>
        <Suspense key={listingKey(state)} fallback={<GridSkeleton count={PAGE_SIZE} />}>
          <ListingResults state={state} collectionId={collection?.id} />
        </Suspense>
      </section>
    </div>
  );
}
