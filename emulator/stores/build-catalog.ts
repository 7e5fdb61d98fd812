import { createHash } from 'node:crypto';
import {
  ALL_PRODUCTS_V1_ID,
  type Catalog,
  type CatalogCollection,
  type CatalogOption,
  type CatalogProduct,
  type CatalogVariant,
} from './catalog-model';
import {
  HIDDEN_COLLECTIONS,
  PALETTE,
  SEED_COLLECTIONS,
  SEED_PRODUCTS,
  type OptionSet,
  type SeedProduct,
  type StockSituation,
} from './seed-catalog';

const DAY = 86_400_000;
const BASE_DATE = Date.UTC(2024, 1, 1, 9);

/** A stable GUID per key, so ids survive reseeding and tests can rely on them. */
export function seedGuid(key: string): string {
  const h = createHash('sha1').update(`wix-emulator:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const colourOf = (name: string): string => PALETTE[name] ?? '#888888';

function option(
  slug: string,
  name: string,
  kind: 'text' | 'color',
  choices: string[],
): CatalogOption {
  return {
    id: seedGuid(`option:${slug}:${name}`),
    name,
    kind,
    choices: choices.map((choice) => ({
      id: seedGuid(`choice:${slug}:${name}:${choice}`),
      name: choice,
      ...(kind === 'color' ? { colorCode: colourOf(choice) } : {}),
    })),
  };
}

function optionsFor(row: SeedProduct): CatalogOption[] {
  const colours = row.colours ?? [];
  const sizes: Record<OptionSet, string[]> = {
    none: [],
    colour: [],
    size: ['S', 'M', 'L', 'XL'],
    'size-colour': ['S', 'M', 'L'],
    shoe: ['39', '40', '41', '42', '43', '44'],
    'two-sizes': ['Small', 'Large'],
  };
  const list: CatalogOption[] = [];
  if (sizes[row.options].length) list.push(option(row.slug, 'Size', 'text', sizes[row.options]));
  if (row.options === 'colour' || row.options === 'size-colour') {
    list.push(option(row.slug, 'Color', 'color', colours));
  }
  return list;
}

/** Every combination of choices, in option order. */
function combinations(options: CatalogOption[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (acc, opt) =>
      acc.flatMap((combo) => opt.choices.map((c) => ({ ...combo, [opt.name]: c.name }))),
    [{}],
  );
}

// Bigger sizes cost more, so variants carry their own prices.
function variantPrice(base: number, choices: Record<string, string>): number {
  if (choices.Size === 'XL') return base + 5;
  if (choices.Size === 'Large') return Math.round(base * 1.4);
  return base;
}

function stockFor(situation: StockSituation, index: number, count: number) {
  if (situation === 'out') return { inStock: false, quantity: null };
  if (situation === 'one-out' && index === count - 1) return { inStock: false, quantity: null };
  if (situation === 'counted') return { inStock: true, quantity: [12, 3, 8, 20][index % 4] ?? 5 };
  return { inStock: true, quantity: null };
}

function skuPrefix(row: SeedProduct, index: number): string {
  const initials = row.slug.split('-').map((w) => w[0]?.toUpperCase() ?? '');
  return `${initials.join('').slice(0, 4)}-${String(index + 1).padStart(3, '0')}`;
}

function buildVariants(
  row: SeedProduct,
  index: number,
  options: CatalogOption[],
): CatalogVariant[] {
  const combos = combinations(options);
  return combos.map((choices, i) => {
    const suffix = Object.values(choices).map((c) => c.slice(0, 3).toUpperCase());
    return {
      id: seedGuid(`variant:${row.slug}:${JSON.stringify(choices)}`),
      choices,
      price: variantPrice(row.price, choices),
      sku: [skuPrefix(row, index), ...suffix].join('-'),
      ...stockFor(row.stock ?? 'in', i, combos.length),
    };
  });
}

function buildProduct(row: SeedProduct, index: number, collections: CatalogCollection[]) {
  const options = optionsFor(row);
  const primary = SEED_COLLECTIONS.find((c) => c.slug === row.collections[0]);
  // "New" products are the newest; the rest are spread over four months, out of catalog order.
  const days = row.ribbon === 'New' ? 130 + index : (index * 17) % 41;
  const created = new Date(BASE_DATE + days * DAY + (index % 7) * 3_600_000).toISOString();
  const product: CatalogProduct = {
    id: seedGuid(`product:${row.slug}`),
    // Like Wix, the numeric id is the creation time in microseconds, so it sorts as "newest".
    numericId: String(Date.parse(created) * 1000 + index),
    slug: row.slug,
    name: row.name,
    visible: !row.hidden,
    description: row.html ?? [row.blurb, ...(primary?.about ?? [])].map((p) => `<p>${p}</p>`),
    collectionIds: [
      ...row.collections,
      ...HIDDEN_COLLECTIONS.filter((h) => h.products.includes(row.slug)).map((h) => h.slug),
    ].map((slug) => collections.find((c) => c.slug === slug)?.id ?? slug),
    ribbon: row.ribbon ?? null,
    brand: row.brand ?? null,
    discount: row.discount ?? null,
    colour: colourOf(row.colours?.[0] ?? 'Stone'),
    mediaIds: [1, 2, 3].map((n) => `emu-${row.slug}-${n}.png`),
    options,
    variants: buildVariants(row, index, options),
    createdDate: created,
    updatedDate: created,
  };
  return product;
}

/** The seeded catalog: deterministic, so a reset always gives the same shop. */
export function buildSeedCatalog(): Catalog {
  const created = new Date(BASE_DATE - 30 * DAY).toISOString();
  const all = { slug: 'all-products', name: 'All Products', colour: '#9a968c' };
  const collections: CatalogCollection[] = [
    { ...all, description: 'Everything in the shop.', visible: true },
    ...SEED_COLLECTIONS.map((c) => ({ ...c, visible: true })),
    ...HIDDEN_COLLECTIONS.map((c) => ({ ...c, visible: false })),
  ].map((c) => ({
    id: seedGuid(`collection:${c.slug}`),
    v1Id: c.slug === 'all-products' ? ALL_PRODUCTS_V1_ID : seedGuid(`collection:${c.slug}`),
    slug: c.slug,
    name: c.name,
    description: c.description,
    colour: c.colour,
    mediaId: `emu-collection-${c.slug}.png`,
    createdDate: created,
    visible: c.visible,
  }));
  const products = SEED_PRODUCTS.map((row, i) => buildProduct(row, i, collections));
  return { currency: 'USD', collections, products };
}
