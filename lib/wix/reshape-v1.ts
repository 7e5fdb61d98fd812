import { htmlToPlainText, sanitizeDescription } from '../catalog/description';
import { parseAmount } from '../catalog/price';
import { toProductImage } from './media';
import type { Collection, Product, ProductImage, ProductOption, ProductVariant } from './types';

type PriceData = {
  currency?: string | null;
  price?: number | null;
  discountedPrice?: number | null;
} | null;
type MediaItem = {
  image?: { url?: string | null; width?: number | null; height?: number | null } | null;
  title?: string | null;
};

/** The parts of a Catalog V1 product (as the SDK returns it) that the shop uses. */
export type V1ProductInput = {
  _id?: string | null;
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  ribbon?: string | null;
  lastUpdated?: Date | null;
  priceData?: PriceData;
  stock?: { inStock?: boolean | null; inventoryStatus?: string | null } | null;
  media?: { mainMedia?: MediaItem | null; items?: MediaItem[] | null } | null;
  productOptions?: Array<{
    name?: string | null;
    optionType?: string | null;
    choices?: Array<{
      value?: string | null;
      description?: string | null;
      inStock?: boolean | null;
      visible?: boolean | null;
    }> | null;
  }> | null;
  manageVariants?: boolean | null;
  variants?: Array<{
    _id?: string | null;
    choices?: Record<string, string> | null;
    variant?: { priceData?: PriceData; sku?: string | null; visible?: boolean | null } | null;
    stock?: { inStock?: boolean | null } | null;
  }> | null;
  sku?: string | null;
  collectionIds?: string[] | null;
};

/** V1 prices: `price` is the list price, `discountedPrice` what the shopper pays. */
function prices(data: PriceData): { price: number; compareAtPrice: number | null } {
  const list = parseAmount(data?.price) ?? 0;
  const paid = parseAmount(data?.discountedPrice) ?? list;
  return { price: paid, compareAtPrice: list > paid ? list : null };
}

function reshapeOption(
  option: NonNullable<V1ProductInput['productOptions']>[number],
): ProductOption {
  const color = option.optionType === 'color';
  return {
    name: option.name ?? '',
    kind: color ? 'color' : 'list',
    choices: (option.choices ?? [])
      .filter((choice) => choice.visible !== false)
      // Colour choices carry the swatch in `value` and the name shoppers see in `description`.
      .map((choice) => ({
        value: (color ? choice.description : (choice.description ?? choice.value)) ?? '',
        color: color ? (choice.value ?? null) : null,
        inStock: choice.inStock !== false,
      })),
  };
}

export function reshapeV1Product(product: V1ProductInput): Product {
  const name = product.name ?? '';
  const base = prices(product.priceData ?? null);
  const inStock = product.stock?.inventoryStatus
    ? product.stock.inventoryStatus !== 'OUT_OF_STOCK'
    : product.stock?.inStock !== false;
  const variants: ProductVariant[] = (product.variants ?? [])
    .filter((v) => v.variant?.visible !== false)
    .map((v) => ({
      id: v._id ?? '',
      choices: v.choices ?? {},
      ...prices(v.variant?.priceData ?? product.priceData ?? null),
      sku: v.variant?.sku || null,
      inStock: v.stock?.inStock !== false,
    }));
  const images = (product.media?.items ?? [])
    .map((item) => toProductImage(item.image, item.title || name))
    .filter((img): img is ProductImage => img !== null);
  const descriptionHtml = sanitizeDescription(product.description);
  return {
    id: product._id ?? '',
    slug: product.slug ?? '',
    name,
    currency: product.priceData?.currency || 'USD',
    ...base,
    ribbon: product.ribbon || null,
    inStock,
    image: toProductImage(product.media?.mainMedia?.image, name) ?? images[0] ?? null,
    descriptionHtml,
    plainDescription: htmlToPlainText(descriptionHtml),
    images,
    options: (product.productOptions ?? []).map(reshapeOption),
    variants: variants.length
      ? variants
      : [
          {
            id: '00000000-0000-0000-0000-000000000000',
            choices: {},
            ...base,
            sku: product.sku || null,
            inStock,
          },
        ],
    collectionIds: product.collectionIds ?? [],
    updatedAt: product.lastUpdated instanceof Date ? product.lastUpdated.toISOString() : null,
  };
}

export type V1CollectionInput = {
  _id?: string | null;
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  media?: { mainMedia?: MediaItem | null } | null;
};

export function reshapeV1Collection(collection: V1CollectionInput): Collection {
  const name = collection.name ?? '';
  return {
    id: collection._id ?? '',
    slug: collection.slug ?? '',
    name,
    description: collection.description ? htmlToPlainText(collection.description) : null,
    image: toProductImage(collection.media?.mainMedia?.image, name),
  };
}
