import type { Product, ProductVariant } from '../wix/types';

export type Selection = Record<string, string>;

/** Reads option choices from URL search params, keeping only real options and values. */
export function selectionFromParams(
  product: Pick<Product, 'options'>,
  params: Record<string, string | string[] | undefined>,
): Selection {
  const selection: Selection = {};
  for (const option of product.options) {
    const raw = params[option.name.toLowerCase()];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const choice = option.choices.find((c) => c.value.toLowerCase() === value?.toLowerCase());
    if (choice) selection[option.name] = choice.value;
  }
  return selection;
}

function matches(variant: ProductVariant, selection: Selection): boolean {
  return Object.entries(selection).every(([name, value]) => variant.choices[name] === value);
}

/** The one variant for a complete selection, else null (not every option chosen yet). */
export function resolveVariant(
  product: Pick<Product, 'options' | 'variants'>,
  selection: Selection,
) {
  if (product.variants.length === 1 && product.options.length === 0) return product.variants[0]!;
  if (product.options.some((o) => !selection[o.name])) return null;
  return product.variants.find((v) => matches(v, selection)) ?? null;
}

/**
 * Whether picking `value` for `optionName`, keeping the other choices, leads to a variant in
 * stock: what makes a choice greyed out and unselectable.
 */
export function isChoiceAvailable(
  product: Pick<Product, 'variants'>,
  selection: Selection,
  optionName: string,
  value: string,
): boolean {
  const next = { ...selection, [optionName]: value };
  return product.variants.some((v) => v.inStock && matches(v, next));
}

/** The selection after choosing `value`; other choices that no longer fit are dropped. */
export function chooseOption(
  product: Pick<Product, 'variants'>,
  selection: Selection,
  optionName: string,
  value: string,
): Selection {
  const next: Selection = { ...selection, [optionName]: value };
  for (const name of Object.keys(next)) {
    if (name === optionName) continue;
    const probe = { [optionName]: value, [name]: next[name]! };
    if (!product.variants.some((v) => matches(v, probe))) delete next[name];
  }
  return next;
}
