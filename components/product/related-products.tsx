import { getProducts } from '@/lib/wix/catalog';
import type { Collection } from '@/lib/wix/types';
import { ProductGrid } from './product-card';

/** "More from this collection", streamed behind a skeleton below the product. */
export async function RelatedProducts({
  collection,
  excludeId,
}: {
  collection: Collection;
  excludeId: string;
}) {
  const { items } = await getProducts({
    collectionId: collection.id,
    sort: 'featured',
    page: 1,
    pageSize: 5,
  });
  const related = items.filter((p) => p.id !== excludeId).slice(0, 4);
  if (related.length === 0) return null;
  return <ProductGrid products={related} label={`More from ${collection.name}`} />;
}
