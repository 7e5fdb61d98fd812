import Image from 'next/image';
import Link from 'next/link';
import type { ProductSummary } from '@/lib/wix/types';
import { Price } from './price';

export const CARD_IMAGE_SIZES = '(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw';
/** A card's title is one level below the heading its grid sits under (no skipped levels). */
export type CardHeading = 'h2' | 'h3';

export function ProductCard({
  product,
  priority = false,
  heading: Heading = 'h3',
}: {
  product: ProductSummary;
  priority?: boolean;
  heading?: CardHeading;
}) {
  return (
    <li className="group relative flex flex-col">
      <div className="relative aspect-square overflow-hidden rounded-lg bg-zinc-100">
        {product.image ? (
          <Image
            src={product.image.url}
            alt={product.image.alt}
            fill
            sizes={CARD_IMAGE_SIZES}
            priority={priority}
            className="object-cover transition group-hover:scale-105"
          />
        ) : null}
        {product.ribbon ? (
          <span className="absolute left-2 top-2 rounded bg-zinc-900 px-2 py-1 text-xs font-semibold text-white">
            {product.ribbon}
          </span>
        ) : null}
      </div>
      <Heading className="mt-3 text-sm font-medium">
        <Link href={`/products/${product.slug}`} className="after:absolute after:inset-0">
          {product.name}
        </Link>
      </Heading>
      <Price
        price={product.price}
        compareAtPrice={product.compareAtPrice}
        currency={product.currency}
      />
      {!product.inStock ? <p className="text-xs text-zinc-500">Out of stock</p> : null}
    </li>
  );
}

export function ProductGrid({
  products,
  label,
  priorityCount = 0,
  heading,
}: {
  products: ProductSummary[];
  label: string;
  priorityCount?: number;
  heading?: CardHeading;
}) {
  return (
    <ul
      aria-label={label}
      className="grid grid-cols-2 gap-x-6 gap-y-10 sm:grid-cols-3 lg:grid-cols-4"
    >
      {products.map((product, i) => (
        <ProductCard
          key={product.id}
          product={product}
          priority={i < priorityCount}
          heading={heading}
        />
      ))}
    </ul>
  );
}
