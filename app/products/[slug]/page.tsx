import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { StoresNotInstalled } from '@/components/catalog/stores-not-installed';
import { GridSkeleton } from '@/components/catalog/skeletons';
import { AddToCartFallback } from '@/components/product/add-to-cart-fallback';
import { Gallery } from '@/components/product/gallery';
import { Price } from '@/components/product/price';
import { RelatedProducts } from '@/components/product/related-products';
import { VariantPicker } from '@/components/product/variant-picker';
import { productJsonLd, serializeJsonLd } from '@/lib/catalog/json-ld';
import { SLUG } from '@/lib/catalog/listing';
import { absoluteUrl } from '@/lib/catalog/site-url';
import { findProduct, getAllProducts, getCollections } from '@/lib/wix/catalog';
import { unlessStoresMissing } from '@/lib/wix/errors';

// Must be a literal for Next; the same lifetime as CATALOG_REVALIDATE_SECONDS.
export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

async function loadProduct(slug: string) {
  // Junk slugs never reach Wix, nor do slugs the catalog does not have (a short negative cache).
  return SLUG.test(slug) ? findProduct(slug) : null;
}

export async function generateStaticParams() {
  const products = await getAllProducts().catch(() => []);
  return products.map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  // Wix errors are thrown, not hidden: a page must never be cached with a wrong title.
  const product = await unlessStoresMissing(loadProduct(slug), null);
  if (!product) return { title: 'Product not found' };
  const url = absoluteUrl(`/products/${product.slug}`);
  const description = product.plainDescription.slice(0, 160) || `Buy ${product.name}.`;
  return {
    title: product.name,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      url,
      title: product.name,
      description,
      images: product.image
        ? [{ url: product.image.url, width: product.image.width, height: product.image.height }]
        : [],
    },
  };
}

export default async function ProductPage({ params }: Props) {
  const { slug } = await params;
  const loaded = await unlessStoresMissing(
    Promise.all([loadProduct(slug), getCollections()]),
    null,
  );
  if (!loaded) return <StoresNotInstalled heading="h1" />;
  const [product, collections] = loaded;
  if (!product) notFound();
  const collection = collections.find((c) => product.collectionIds.includes(c.id));
  const url = absoluteUrl(`/products/${product.slug}`);

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(productJsonLd(product, url)) }}
      />
      <Breadcrumbs
        items={[
          { name: 'Home', href: '/' },
          collection
            ? { name: collection.name, href: `/collections/${collection.slug}` }
            : { name: 'Products', href: '/products' },
          { name: product.name },
        ]}
      />
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <Gallery images={product.images} name={product.name} />
        <div className="flex flex-col gap-6">
          <div>
            {product.ribbon ? (
              <span className="rounded bg-zinc-900 px-2 py-1 text-xs font-semibold text-white">
                {product.ribbon}
              </span>
            ) : null}
            <h1 className="mt-3 text-3xl font-bold tracking-tight">{product.name}</h1>
          </div>
          {/* The picker reads the URL, so it renders in the browser: the page stays one cached file. */}
          <Suspense
            fallback={
              <>
                <Price
                  price={product.price}
                  compareAtPrice={product.compareAtPrice}
                  currency={product.currency}
                  size="lg"
                />
                <AddToCartFallback product={product} />
              </>
            }
          >
            <VariantPicker product={product} />
          </Suspense>
          {product.descriptionHtml ? (
            <section
              aria-label="Description"
              className="prose prose-zinc max-w-none text-zinc-700 [&_li]:ml-5 [&_p]:mb-3 [&_ul]:list-disc"
            >
              {/* Sanitized in lib/catalog/description.ts with an allowlist. */}
              <div dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} />
            </section>
          ) : null}
        </div>
      </div>
      {collection ? (
        <section aria-labelledby="related-heading" className="mt-16">
          <h2 id="related-heading" className="text-2xl font-bold">
            More from {collection.name}
          </h2>
          <div className="mt-6">
            <Suspense fallback={<GridSkeleton count={4} />}>
              <RelatedProducts collection={collection} excludeId={product.id} />
            </Suspense>
          </div>
        </section>
      ) : null}
    </article>
  );
}
