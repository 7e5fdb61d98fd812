import { paragraphsToHtml, sanitizeDescription, htmlToPlainText } from '../catalog/description';
import { parseAmount } from '../catalog/price';
import { toProductImage } from './media';
import type { Collection, Product, ProductImage, ProductOption, ProductVariant } from './types';

type Money = { amount?: string | null } | null | undefined;
type V3Media = { image?: string | null; url?: string | null; altText?: string | null };

/** The parts of a Catalog V3 product (as the SDK returns it) that the shop uses. */
export type V3ProductInput = {
  _id?: string | null;
  name?: string | null;
  slug?: string | null;
  currency?: string | null;
  plainDescription?: string | null;
  _updatedDate?: Date | null;
  ribbon?: { name?: string | null } | null;
  inventory?: { availabilityStatus?: string | null } | null;
  actualPriceRange?: { minValue?: Money } | null;
  compareAtPriceRange?: { minValue?: Money } | null;
  media?: { main?: V3Media | null; itemsInfo?: { items?: V3Media[] | null } | null } | null;
  options?: Array<{
    name?: string | null;
    optionRenderType?: string | null;
    choicesSettings?: {
      choices?: Array<{
        name?: string | null;
        colorCode?: string | null;
        inStock?: boolean | null;
        visible?: boolean | null;
      }> | null;
    } | null;
  }> | null;
  variantsInfo?: {
    variants?: Array<{
      _id?: string | null;
      visible?: boolean | null;
      sku?: string | null;
      choices?: Array<{
        optionChoiceNames?: { optionName?: string; choiceName?: string } | null;
      }> | null;
      price?: { actualPrice?: Money; compareAtPrice?: Money } | null;
      inventoryStatus?: { inStock?: boolean | null } | null;
    }> | null;
  } | null;
  allCategoriesInfo?: { categories?: Array<{ _id?: string | null }> | null } | null;
};

const discounted = (price: number, compareAt: number | null) =>
  compareAt !== null && compareAt > price ? compareAt : null;

function image(media: V3Media | null | undefined, alt: string): ProductImage | null {
  return toProductImage(media?.image ?? media?.url, media?.altText || alt);
}

function reshapeVariant(
  variant: NonNullable<NonNullable<V3ProductInput['variantsInfo']>['variants']>[number],
): ProductVariant {
  const price = parseAmount(variant.price?.actualPrice?.amount) ?? 0;
  const choices: Record<string, string> = {};
  for (const choice of variant.choices ?? []) {
    const names = choice.optionChoiceNames;
    if (names?.optionName && names.choiceName) choices[names.optionName] = names.choiceName;
  }
  return {
    id: variant._id ?? '',
    choices,
    price,
    compareAtPrice: discounted(price, parseAmount(variant.price?.compareAtPrice?.amount)),
    sku: variant.sku || null,
    inStock: variant.inventoryStatus?.inStock !== false,
  };
}

function reshapeOption(option: NonNullable<V3ProductInput['options']>[number]): ProductOption {
  const color = option.optionRenderType === 'SWATCH_CHOICES';
  return {
    name: option.name ?? '',
    kind: color ? 'color' : 'list',
    // Choices and variants the merchant hid are not for sale.
    choices: (option.choicesSettings?.choices ?? [])
      .filter((choice) => choice.visible !== false)
      .map((choice) => ({
        value: choice.name ?? '',
        color: color ? (choice.colorCode ?? null) : null,
        inStock: choice.inStock !== false,
      })),
  };
}

export function reshapeV3Product(product: V3ProductInput): Product {
  const name = product.name ?? '';
  const variants = (product.variantsInfo?.variants ?? [])
    .filter((variant) => variant.visible !== false)
    .map(reshapeVariant);
  const price =
    parseAmount(product.actualPriceRange?.minValue?.amount) ??
    Math.min(...variants.map((v) => v.price).concat(variants.length ? [] : [0]));
  const items = product.media?.itemsInfo?.items ?? [];
  const images = (items.length ? items : [product.media?.main])
    .map((media) => image(media, name))
    .filter((img): img is ProductImage => img !== null);
  // V3's plainDescription is simple HTML; treat text without tags as paragraphs.
  const raw = product.plainDescription ?? '';
  const descriptionHtml = /<[a-z]/i.test(raw) ? sanitizeDescription(raw) : paragraphsToHtml(raw);
  return {
    id: product._id ?? '',
    slug: product.slug ?? '',
    name,
    currency: product.currency || 'USD',
    price,
    compareAtPrice: discounted(price, parseAmount(product.compareAtPriceRange?.minValue?.amount)),
    ribbon: product.ribbon?.name || null,
    inStock: product.inventory?.availabilityStatus !== 'OUT_OF_STOCK',
    image: image(product.media?.main, name) ?? images[0] ?? null,
    descriptionHtml,
    plainDescription: htmlToPlainText(descriptionHtml),
    images,
    options: (product.options ?? []).map(reshapeOption),
    variants,
    collectionIds: (product.allCategoriesInfo?.categories ?? []).flatMap((c) =>
      c._id ? [c._id] : [],
    ),
    updatedAt: product._updatedDate instanceof Date ? product._updatedDate.toISOString() : null,
  };
}

export type V3CategoryInput = {
  _id?: string | null;
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  image?: string | null;
};

export function reshapeV3Category(category: V3CategoryInput): Collection {
  const name = category.name ?? '';
  return {
    id: category._id ?? '',
    slug: category.slug ?? '',
    name,
    description: category.description || null,
    image: toProductImage(category.image, name),
  };
}
