import {
  actualPrice,
  availability,
  collectionsOf,
  type Catalog,
  type CatalogProduct,
  type CatalogVariant,
} from '../catalog-model';
import { altTextOf, v3Media } from '../media-json';
import { toHtml, toRichContent } from '../rich-text';
import { seedGuid } from '../build-catalog';

/** How much of a V3 product to render: `fields` gate parts, as on Wix. */
export interface V3View {
  fields: ReadonlySet<string>;
  /** Query and Search never return `variantsInfo`; Get Product does. */
  variants: boolean;
  publicUrl: string;
}

/** Every optional part, for filtering and search before the response is trimmed. */
export const FULL_VIEW_FIELDS = new Set([
  'URL',
  'CURRENCY',
  'PLAIN_DESCRIPTION',
  'DESCRIPTION',
  'MEDIA_ITEMS_INFO',
  'DIRECT_CATEGORIES_INFO',
  'ALL_CATEGORIES_INFO',
  'BREADCRUMBS_INFO',
  'VARIANT_OPTION_CHOICE_NAMES',
  'THUMBNAIL',
]);

const money = (amount: number, currency: boolean) => ({
  amount: String(amount),
  ...(currency ? { formattedAmount: `$${amount.toFixed(2)}` } : {}),
});

function range(values: number[], currency: boolean) {
  return {
    minValue: money(Math.min(...values), currency),
    maxValue: money(Math.max(...values), currency),
  };
}

function variantJson(p: CatalogProduct, v: CatalogVariant, view: V3View) {
  const currency = view.fields.has('CURRENCY');
  const names = view.fields.has('VARIANT_OPTION_CHOICE_NAMES');
  const choices = p.options.map((o) => {
    const choice = o.choices.find((c) => c.name === v.choices[o.name]);
    return {
      optionChoiceIds: { optionId: o.id, choiceId: choice?.id ?? '' },
      ...(names
        ? {
            optionChoiceNames: {
              optionName: o.name,
              choiceName: choice?.name ?? '',
              renderType: renderType(o.kind),
            },
          }
        : {}),
    };
  });
  return {
    id: v.id,
    visible: true,
    sku: v.sku,
    choices,
    price: {
      actualPrice: money(actualPrice(p, v), currency),
      ...(p.discount ? { compareAtPrice: money(v.price, currency) } : {}),
    },
    inventoryStatus: { inStock: v.inStock, preorderEnabled: false },
    physicalProperties: {},
  };
}

const renderType = (kind: 'text' | 'color') =>
  kind === 'color' ? 'SWATCH_CHOICES' : 'TEXT_CHOICES';

function optionsJson(p: CatalogProduct) {
  return p.options.map((o) => ({
    id: o.id,
    name: o.name,
    optionRenderType: renderType(o.kind),
    key: o.name,
    choicesSettings: {
      choices: o.choices.map((c) => ({
        choiceId: c.id,
        choiceType: o.kind === 'color' ? 'ONE_COLOR' : 'CHOICE_TEXT',
        key: c.name,
        name: c.name,
        ...(c.colorCode ? { colorCode: c.colorCode } : {}),
        inStock: p.variants.some((v) => v.choices[o.name] === c.name && v.inStock),
        visible: true,
      })),
    },
  }));
}

/** A Catalog V3 product as the Products V3 API returns it. */
export function toV3Product(catalog: Catalog, p: CatalogProduct, view: V3View) {
  const { fields } = view;
  const has = (f: string) => fields.has(f);
  const currency = has('CURRENCY');
  const categories = collectionsOf(catalog, p);
  // Hidden categories still list their products; the main one (breadcrumbs) is a visible one.
  const direct = catalog.collections.filter((c) => p.collectionIds.includes(c.id));
  const main = direct.find((c) => c.visible);
  const media = p.mediaIds.map((id, i) => v3Media(id, altTextOf(p, i), has('THUMBNAIL')));
  const inStock = availability(p);
  return {
    id: p.id,
    revision: String(Date.parse(p.updatedDate)),
    createdDate: p.createdDate,
    updatedDate: p.updatedDate,
    name: p.name,
    slug: p.slug,
    ...(has('URL')
      ? {
          url: {
            relativePath: `/product-page/${p.slug}`,
            url: `${view.publicUrl}/product-page/${p.slug}`,
          },
        }
      : {}),
    ...(has('DESCRIPTION') ? { description: toRichContent(p.description, p.id.slice(0, 8)) } : {}),
    ...(has('PLAIN_DESCRIPTION') ? { plainDescription: toHtml(p.description) } : {}),
    visible: p.visible,
    visibleInPos: true,
    media: { main: media[0], ...(has('MEDIA_ITEMS_INFO') ? { itemsInfo: { items: media } } : {}) },
    options: optionsJson(p),
    modifiers: [],
    ...(p.brand ? { brand: { id: seedGuid(`brand:${p.brand}`), name: p.brand } } : {}),
    infoSections: [],
    ...(p.ribbon ? { ribbon: { id: seedGuid(`ribbon:${p.ribbon}`), name: p.ribbon } } : {}),
    ...(has('DIRECT_CATEGORIES_INFO')
      ? { directCategoriesInfo: { categories: direct.map((c, index) => ({ id: c.id, index })) } }
      : {}),
    ...(has('ALL_CATEGORIES_INFO')
      ? { allCategoriesInfo: { categories: categories.map((c, index) => ({ id: c.id, index })) } }
      : {}),
    ...(main ? { mainCategoryId: main.id } : {}),
    inventory: {
      availabilityStatus: inStock,
      preorderStatus: 'DISABLED',
      preorderAvailability: 'NO_VARIANTS',
    },
    productType: 'PHYSICAL',
    physicalProperties: {},
    ...(currency ? { currency: catalog.currency } : {}),
    ...(has('BREADCRUMBS_INFO') && main
      ? {
          breadcrumbsInfo: {
            breadcrumbs: [
              { categoryId: main.id, categoryName: main.name, categorySlug: main.slug },
            ],
          },
        }
      : {}),
    actualPriceRange: range(
      p.variants.map((v) => actualPrice(p, v)),
      currency,
    ),
    compareAtPriceRange: range(
      p.variants.map((v) => (p.discount ? v.price : actualPrice(p, v))),
      currency,
    ),
    ...(view.variants
      ? { variantsInfo: { variants: p.variants.map((v) => variantJson(p, v, view)) } }
      : {}),
    variantSummary: { variantCount: p.variants.length },
    seoData: { tags: [], settings: { preventAutoRedirect: false, keywords: [] } },
  };
}

export type V3ProductJson = ReturnType<typeof toV3Product>;
