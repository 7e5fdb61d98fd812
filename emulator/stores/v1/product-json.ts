import { seedGuid } from '../build-catalog';
import {
  actualPrice,
  ALL_PRODUCTS_V1_ID,
  availability,
  type Catalog,
  type CatalogCollection,
  type CatalogProduct,
} from '../catalog-model';
import { altTextOf, v1Media } from '../media-json';
import { toHtml } from '../rich-text';

const DEFAULT_VARIANT_ID = '00000000-0000-0000-0000-000000000000';
const usd = (n: number) => `$${n.toFixed(2)}`;

/** V1 `PriceData`: numbers, with a formatted copy. */
function priceData(currency: string, price: number, discounted: number) {
  return {
    currency,
    price,
    discountedPrice: discounted,
    pricePerUnit: null,
    formatted: { price: usd(price), discountedPrice: usd(discounted), pricePerUnit: null },
  };
}

function cheapest(p: CatalogProduct) {
  return p.variants.reduce((min, v) => (actualPrice(p, v) < actualPrice(p, min) ? v : min));
}

/** A Catalog V1 product, shaped as in wix-api.md §4.2. */
export function toV1Product(catalog: Catalog, p: CatalogProduct, publicUrl: string) {
  const { currency } = catalog;
  const base = cheapest(p);
  const price = priceData(currency, base.price, actualPrice(p, base));
  const media = p.mediaIds.map((id, i) => v1Media(id, altTextOf(p, i)));
  const tracked = p.variants.some((v) => v.quantity !== null);
  const listPrices = p.variants.map((v) => v.price);
  const v1Ids = catalog.collections
    .filter((c) => p.collectionIds.includes(c.id))
    .map((c) => c.v1Id);
  return {
    id: p.id,
    name: p.name,
    slug: p.slug,
    visible: p.visible,
    productType: 'physical',
    description: toHtml(p.description),
    sku: p.options.length ? base.sku.split('-').slice(0, 2).join('-') : base.sku,
    weight: 0.5,
    stock: {
      trackInventory: tracked,
      quantity: tracked ? p.variants.reduce((n, v) => n + (v.quantity ?? 0), 0) : null,
      inStock: p.variants.some((v) => v.inStock),
      inventoryStatus: availability(p),
    },
    price,
    priceData: price,
    convertedPriceData: price,
    priceRange: { minValue: Math.min(...listPrices), maxValue: Math.max(...listPrices) },
    discount: p.discount ?? { type: 'NONE', value: 0 },
    ribbon: p.ribbon ?? '',
    ribbons: p.ribbon ? [{ text: p.ribbon }] : [],
    brand: p.brand,
    media: { mainMedia: media[0], items: media },
    productOptions: p.options.map((o) => ({
      optionType: o.kind === 'color' ? 'color' : 'drop_down',
      name: o.name,
      choices: o.choices.map((c) => ({
        // Wix V1 colour choices carry the hex code as value and the name as description.
        value: c.colorCode ?? c.name,
        description: c.name,
        inStock: p.variants.some((v) => v.choices[o.name] === c.name && v.inStock),
        visible: true,
      })),
    })),
    manageVariants: p.options.length > 0,
    variants: p.variants.map((v) => {
      const data = priceData(currency, v.price, actualPrice(p, v));
      return {
        id: p.options.length ? v.id : DEFAULT_VARIANT_ID,
        choices: v.choices,
        variant: {
          priceData: data,
          convertedPriceData: data,
          weight: 0.5,
          sku: v.sku,
          visible: true,
        },
        stock: { trackQuantity: v.quantity !== null, quantity: v.quantity, inStock: v.inStock },
      };
    }),
    customTextFields: [],
    additionalInfoSections: [],
    collectionIds: [...v1Ids, ALL_PRODUCTS_V1_ID],
    productPageUrl: { base: publicUrl, path: `/product-page/${p.slug}` },
    numericId: p.numericId,
    inventoryItemId: seedGuid(`inventory:${p.slug}`),
    lastUpdated: p.updatedDate,
    createdDate: p.createdDate,
    seoData: { tags: [], settings: { preventAutoRedirect: false, keywords: [] } },
  };
}

export type V1ProductJson = ReturnType<typeof toV1Product>;

/** A V1 collection (`/v2/collections` and `/stores-reader/v1/collections`). */
export function toV1Collection(c: CatalogCollection, numberOfProducts: number) {
  const image = v1Media(c.mediaId, c.name);
  return {
    id: c.v1Id,
    name: c.name,
    media: { mainMedia: image, items: [image] },
    numberOfProducts,
    description: c.description,
    slug: c.slug,
    // Hidden collections are still served: visibility only concerns the site's own pages.
    visible: c.visible,
  };
}
