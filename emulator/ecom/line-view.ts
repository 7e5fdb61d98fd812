import type { EmulatorContext } from '../context';
import type { Identity } from '../store/schema';
import type { Catalog, CatalogProduct, CatalogVariant } from '../stores/catalog-model';
import { IMAGE_SIZE, mediaUrl } from '../stores/media-json';
import type { CartLine, OrderLine } from './model';

// What a line shows (name, options, image, page) on carts, checkout and orders.

export type DescriptionLine = OrderLine['descriptionLines'][number];

/** The product even when it was hidden since, so the line can still say what it was. */
export const anyProduct = (catalog: Catalog, productId: string): CatalogProduct | undefined =>
  catalog.products.find((p) => p.id === productId);

/** One line per option (a colour with its code), then the shopper's free-text fields. */
export function describeLine(
  product: CatalogProduct | undefined,
  variant: CatalogVariant | undefined,
  textFields: Readonly<Record<string, string>>,
): DescriptionLine[] {
  const options = (product?.options ?? []).flatMap((option): DescriptionLine[] => {
    const value = variant?.choices[option.name];
    if (value === undefined) return [];
    const colorCode = option.choices.find((c) => c.name === value)?.colorCode;
    return [{ name: option.name, value, ...(colorCode ? { colorCode } : {}) }];
  });
  const texts = Object.entries(textFields).map(([name, value]) => ({ name, value }));
  return [...options, ...texts];
}

/** Wix's DescriptionLine JSON, the same in Cart V1, Cart V2 and orders. */
export function descriptionLineJson(line: DescriptionLine) {
  const name = { original: line.name, translated: line.name };
  if (line.colorCode) {
    const colorInfo = { original: line.value, translated: line.value, code: line.colorCode };
    return { name, colorInfo, lineType: 'COLOR' };
  }
  return {
    name,
    plainText: { original: line.value, translated: line.value },
    lineType: 'PLAIN_TEXT',
  };
}

/** The SDK turns this into `wix:image://v1/<id>/<altText>#originWidth=…&originHeight=…`. */
export function imageJson(mediaId: string | null, altText: string) {
  if (!mediaId) return undefined;
  const url = mediaUrl(mediaId);
  return { id: mediaId, url, width: IMAGE_SIZE, height: IMAGE_SIZE, altText };
}

export const pageUrlJson = (publicUrl: string, slug: string) => ({
  relativePath: `/product-page/${slug}`,
  url: `${publicUrl}/product-page/${slug}`,
});

export const translatable = (text: string) => ({ original: text, translated: text });

/** Options as one short text, e.g. "Size: M, Color: Cream" (checkout page). */
export const optionsText = (lines: readonly DescriptionLine[]): string =>
  lines.map((l) => `${l.name}: ${l.value}`).join(', ');

export interface LineDisplay {
  name: string;
  slug: string | null;
  mediaId: string | null;
  sku: string;
  descriptionLines: DescriptionLine[];
}

/** Name, options and image of a cart line, also when its product has been hidden since. */
export function lineDisplay(catalog: Catalog, line: CartLine): LineDisplay {
  const product = anyProduct(catalog, line.productId);
  const variant = product?.variants.find((v) => v.id === line.variantId);
  return {
    name: product?.name ?? 'Item no longer available',
    slug: product?.slug ?? null,
    mediaId: product?.mediaIds[0] ?? null,
    sku: variant?.sku ?? '',
    descriptionLines: describeLine(product, variant, line.textFields),
  };
}

/** `buyerInfo` / `createdBy` are a one-of: visitorId or memberId. */
export const identityJson = (owner: Identity) =>
  owner.kind === 'visitor' ? { visitorId: owner.id } : { memberId: owner.id };

/** Members have a contact; visitors get one only at checkout, which the emulator skips. */
export function contactJson(ctx: EmulatorContext, owner: Identity) {
  const contactId = owner.kind === 'member' ? ctx.store.state.members[owner.id]?.contactId : null;
  return contactId ? { contactId } : {};
}

/** The display fields of a cart line as both cart APIs send them. */
export function lineDisplayJson(ctx: EmulatorContext, line: CartLine) {
  const shown = lineDisplay(ctx.store.state.catalog, line);
  const image = imageJson(shown.mediaId, shown.name);
  return {
    name: translatable(shown.name),
    descriptionLines: shown.descriptionLines.map(descriptionLineJson),
    ...(image ? { image } : {}),
    ...(shown.slug ? { url: pageUrlJson(ctx.config.publicUrl, shown.slug) } : {}),
    physicalProperties: { weight: 0.5, sku: shown.sku, shippable: true },
  };
}
