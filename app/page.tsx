import Link from 'next/link';
import { Suspense } from 'react';
import { GridSkeleton } from '@/components/catalog/skeletons';
import { StoresNotInstalled } from '@/components/catalog/stores-not-installed';
import { ProductGrid } from '@/components/product/product-card';
import { getCollections, getProducts } from '@/lib/wix/catalog';
import { unlessStoresMissing } from '@/lib/wix/errors';

// Must be a literal for Next; the same lifetime as CATALOG_REVALIDATE_SECONDS.
export const revalidate = 300;

async function FeaturedCollection() {
  const collections = await unlessStoresMissing(getCollections(), null);
  if (!collections) return <StoresNotInstalled />;
  const featured = collections[0];
  if (!featured) return null;
  const { items } = await getProducts({
    collectionId: featured.id,
    sort: 'featured',
    page: 1,
    pageSize: 4,
  });
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="featured-heading">
      <div className="flex items-baseline justify-between">
        <h2 id="featured-heading" className="text-2xl font-bold">
          {featured.name}
        </h2>
        <Link href={`/collections/${featured.slug}`} className="text-sm font-semibold underline">
          Shop {featured.name}
        </Link>
      </div>
      <div className="mt-6">
        <ProductGrid products={items} label={featured.name} priorityCount={4} />
      </div>
    </section>
  );
}

async function NewArrivals() {
  // The featured section already tells shoppers when Stores is missing.
  const { items } = await unlessStoresMissing(
    getProducts({ sort: 'newest', page: 1, pageSize: 8 }),
    { items: [] },
  );
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading" className="text-2xl font-bold">
        New arrivals
      </h2>
      <div className="mt-6">
        <ProductGrid products={items} label="New arrivals" />
      </div>
    </section>
  );
}

export default function HomePage() {
  return (
    <div className="flex flex-col gap-16">
      <section className="rounded-2xl bg-zinc-900 px-8 py-16 text-white sm:px-12">
        <p className="text-sm uppercase tracking-widest text-zinc-400">New season</p>
        <h1 className="mt-3 max-w-2xl text-4xl font-bold tracking-tight sm:text-5xl">
          Well-made things for everyday life.
        </h1>
        <p className="mt-4 max-w-xl text-lg text-zinc-300">
          Browse the whole collection, book a service, or sign in to see your account.
        </p>
        <div className="mt-8 flex flex-wrap gap-4">
          <Link
            href="/products"
            className="rounded-md bg-white px-5 py-3 font-semibold text-zinc-900 hover:bg-zinc-200"
          >
            Shop all products
          </Link>
          <Link
            href="/services"
            className="rounded-md border border-white/60 px-5 py-3 font-semibold text-white hover:bg-white/10"
          >
            Book a service
          </Link>
        </div>
      </section>
      <Suspense fallback={<GridSkeleton count={4} />}>
        <FeaturedCollection />
      </Suspense>
      <Suspense fallback={<GridSkeleton count={8} />}>
        <NewArrivals />
      </Suspense>
    </div>
  );
}
