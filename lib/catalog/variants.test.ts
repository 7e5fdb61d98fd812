import { describe, expect, it } from 'vitest';
import type { Product, ProductVariant } from '../wix/types';
import { chooseOption, isChoiceAvailable, resolveVariant, selectionFromParams } from './variants';

const variant = (id: string, Size: string, Color: string, inStock = true): ProductVariant => ({
  id,
  choices: { Size, Color },
  price: Size === 'L' ? 30 : 25,
  compareAtPrice: null,
  sku: `SKU-${id}`,
  inStock,
});

const product: Pick<Product, 'options' | 'variants'> = {
  options: [
    {
      name: 'Size',
      kind: 'list',
      choices: ['S', 'M', 'L'].map((value) => ({ value, color: null, inStock: true })),
    },
    {
      name: 'Color',
      kind: 'color',
      choices: [
        { value: 'Red', color: '#c00', inStock: true },
        { value: 'Blue', color: '#00c', inStock: true },
      ],
    },
  ],
  variants: [
    variant('1', 'S', 'Red'),
    variant('2', 'S', 'Blue', false),
    variant('3', 'M', 'Red'),
    variant('4', 'M', 'Blue'),
    variant('5', 'L', 'Red'),
    // No L/Blue variant exists at all.
  ],
};

describe('resolveVariant', () => {
  it('finds the variant for a complete selection', () => {
    expect(resolveVariant(product, { Size: 'L', Color: 'Red' })?.id).toBe('5');
    expect(resolveVariant(product, { Size: 'S', Color: 'Blue' })?.inStock).toBe(false);
  });

  it('is null until every option is chosen, and for combinations that do not exist', () => {
    expect(resolveVariant(product, { Size: 'M' })).toBeNull();
    expect(resolveVariant(product, { Size: 'L', Color: 'Blue' })).toBeNull();
  });

  it('returns the only variant of a product without options', () => {
    const single = { options: [], variants: [variant('x', '', '')] };
    expect(resolveVariant(single, {})?.id).toBe('x');
  });
});

describe('isChoiceAvailable', () => {
  it('disables out-of-stock and missing combinations', () => {
    expect(isChoiceAvailable(product, { Size: 'S' }, 'Color', 'Blue')).toBe(false);
    expect(isChoiceAvailable(product, { Size: 'L' }, 'Color', 'Blue')).toBe(false);
    expect(isChoiceAvailable(product, { Size: 'M' }, 'Color', 'Blue')).toBe(true);
  });

  it('considers every variant when nothing else is chosen', () => {
    expect(isChoiceAvailable(product, {}, 'Color', 'Blue')).toBe(true);
    expect(isChoiceAvailable(product, {}, 'Size', 'L')).toBe(true);
  });
});

describe('chooseOption', () => {
  it('drops a choice that no longer fits', () => {
    expect(chooseOption(product, { Color: 'Blue' }, 'Size', 'L')).toEqual({ Size: 'L' });
    expect(chooseOption(product, { Color: 'Red' }, 'Size', 'L')).toEqual({
      Size: 'L',
      Color: 'Red',
    });
  });
});

describe('selectionFromParams', () => {
  it('keeps only known options and values, case-insensitively', () => {
    expect(selectionFromParams(product, { size: 'm', color: ['blue', 'red'], evil: 'x' })).toEqual({
      Size: 'M',
      Color: 'Blue',
    });
    expect(selectionFromParams(product, { size: 'XXL' })).toEqual({});
  });
});
