import type { CatalogProduct } from '../stores/catalog-model';

import { WIX_STORES_APP_DEF_ID, WIX_STORES_APP_ID } from '../../lib/wix-app-ids';

export const STORES_APP_ID = WIX_STORES_APP_ID;
export const STORES_APP_DEF_ID = WIX_STORES_APP_DEF_ID;

// Wix caps each recommendation at 16 items (what "From the same categories" returns on a real site).
const MAX_ITEMS = 16;

export type AlgorithmType = 'RELATED_ITEMS' | 'GLOBAL';

export interface StoresAlgorithm {
  id: string;
  name: string;
  description: string;
  type: AlgorithmType;
  /** Recommended products, best first; `related` are the visible products asked about. */
  recommend(visible: readonly CatalogProduct[], related: readonly CatalogProduct[]): string[];
}

// Products sharing the most collections/categories with the given ones, then the rest as filler.
function fromSameCategories(
  visible: readonly CatalogProduct[],
  related: readonly CatalogProduct[],
): string[] {
  const asked = new Set(related.map((p) => p.id));
  const categories = new Set(related.flatMap((p) => p.collectionIds));
  const shared = (p: CatalogProduct) => p.collectionIds.filter((id) => categories.has(id)).length;
  return visible
    .filter((p) => !asked.has(p.id))
    .map((p, index) => ({ id: p.id, score: shared(p), index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_ITEMS)
    .map((p) => p.id);
}

// The emulator keeps no order or view history, so these fall back as Wix's do on a new shop:
// the "together" algorithms to related products, best sellers to the catalog in its own order.
export const STORES_ALGORITHMS: readonly StoresAlgorithm[] = [
  {
    id: '68ebce04-b96a-4c52-9329-08fc9d8c1253',
    name: 'From the same categories',
    description: 'Returns items that share the most categories with items in the list provided.',
    type: 'RELATED_ITEMS',
    recommend: fromSameCategories,
  },
  {
    id: 'd5aac1e1-2e53-4d11-85f7-7172710b4783',
    name: 'Frequently bought together',
    description:
      'Returns items that are frequently bought together with the first item in the list provided.',
    type: 'RELATED_ITEMS',
    recommend: fromSameCategories,
  },
  {
    id: '5dd69f67-9ab9-478e-ba7c-10c6c6e7285f',
    name: 'Frequently viewed together',
    description:
      'Returns items that are frequently viewed together with the first item in the list provided.',
    type: 'RELATED_ITEMS',
    recommend: fromSameCategories,
  },
  {
    id: 'ba491fd2-b172-4552-9ea6-7202e01d1d3c',
    name: 'Best sellers',
    description: 'Returns the items from the catalog with the highest number of sales.',
    type: 'GLOBAL',
    recommend: (visible) => visible.slice(0, MAX_ITEMS).map((p) => p.id),
  },
];

export const findAlgorithm = (id: string) => STORES_ALGORITHMS.find((a) => a.id === id);
