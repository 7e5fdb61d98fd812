import { describe, expect, it } from 'vitest';
import { reshapeV1Collection, reshapeV1Product } from './reshape-v1';
import { reshapeV3Category, reshapeV3Product } from './reshape-v3';

const v3 = {
  _id: 'p1',
  name: 'Classic Linen Shirt',
  slug: 'classic-linen-shirt',
  currency: 'USD',
  plainDescription: '<p>Soft <strong>linen</strong></p><script>alert(1)</script>',
  _updatedDate: new Date('2024-05-01T10:00:00Z'),
  ribbon: { name: 'Sale' },
  inventory: { availabilityStatus: 'PARTIALLY_OUT_OF_STOCK' },
  actualPriceRange: { minValue: { amount: '40' } },
  compareAtPriceRange: { minValue: { amount: '50' } },
  media: {
    main: { image: 'wix:image://v1/abc~mv2.png/shirt.png#originWidth=800&originHeight=600' },
    itemsInfo: {
      items: [
        { image: 'wix:image://v1/abc~mv2.png/shirt.png#originWidth=800&originHeight=600' },
        {
          image: 'wix:image://v1/def~mv2.png/back.png#originWidth=800&originHeight=800',
          altText: 'Back',
        },
      ],
    },
  },
  options: [
    {
      name: 'Color',
      optionRenderType: 'SWATCH_CHOICES',
      choicesSettings: { choices: [{ name: 'Sand', colorCode: '#d2b48c', inStock: true }] },
    },
    {
      name: 'Size',
      optionRenderType: 'TEXT_CHOICES',
      choicesSettings: {
        choices: [
          { name: 'M', inStock: true },
          { name: 'L', inStock: false },
        ],
      },
    },
  ],
  variantsInfo: {
    variants: [
      {
        _id: 'v1',
        sku: 'LIN-M',
        choices: [
          { optionChoiceNames: { optionName: 'Color', choiceName: 'Sand' } },
          { optionChoiceNames: { optionName: 'Size', choiceName: 'M' } },
        ],
        price: { actualPrice: { amount: '40' }, compareAtPrice: { amount: '50' } },
        inventoryStatus: { inStock: true },
      },
      {
        _id: 'v2',
        sku: 'LIN-L',
        choices: [
          { optionChoiceNames: { optionName: 'Color', choiceName: 'Sand' } },
          { optionChoiceNames: { optionName: 'Size', choiceName: 'L' } },
        ],
        price: { actualPrice: { amount: '45' }, compareAtPrice: { amount: '45' } },
        inventoryStatus: { inStock: false },
      },
    ],
  },
  allCategoriesInfo: { categories: [{ _id: 'cat-shirts' }, { _id: 'cat-all' }] },
};

describe('reshapeV3Product', () => {
  const product = reshapeV3Product(v3);

  it('maps prices from strings, with the compare-at price only when higher', () => {
    expect(product).toMatchObject({
      price: 40,
      compareAtPrice: 50,
      currency: 'USD',
      ribbon: 'Sale',
    });
    expect(product.variants.map((v) => [v.id, v.price, v.compareAtPrice, v.inStock])).toEqual([
      ['v1', 40, 50, true],
      ['v2', 45, null, false],
    ]);
  });

  it('resolves wix:image strings to emulator-served URLs with their sizes', () => {
    expect(product.image).toEqual({
      url: 'http://127.0.0.1:4010/media/abc~mv2.png',
      width: 800,
      height: 600,
      alt: 'Classic Linen Shirt',
    });
    expect(product.images).toHaveLength(2);
    expect(product.images[1]?.alt).toBe('Back');
  });

  it('maps options, variant choices, categories and a sanitized description', () => {
    expect(product.options).toEqual([
      {
        name: 'Color',
        kind: 'color',
        choices: [{ value: 'Sand', color: '#d2b48c', inStock: true }],
      },
      {
        name: 'Size',
        kind: 'list',
        choices: [
          { value: 'M', color: null, inStock: true },
          { value: 'L', color: null, inStock: false },
        ],
      },
    ]);
    expect(product.variants[0]?.choices).toEqual({ Color: 'Sand', Size: 'M' });
    expect(product.collectionIds).toEqual(['cat-shirts', 'cat-all']);
    expect(product.descriptionHtml).toBe('<p>Soft <strong>linen</strong></p>');
    expect(product.plainDescription).toBe('Soft linen');
    expect(product.inStock).toBe(true);
  });

  it('leaves out variants and choices the merchant hid', () => {
    const hidden = reshapeV3Product({
      ...v3,
      options: [
        {
          name: 'Size',
          choicesSettings: { choices: [{ name: 'M' }, { name: 'L', visible: false }] },
        },
      ],
      variantsInfo: {
        variants: [
          { ...v3.variantsInfo.variants[0]!, visible: true },
          { ...v3.variantsInfo.variants[1]!, visible: false },
        ],
      },
    });
    expect(hidden.options[0]?.choices.map((c) => c.value)).toEqual(['M']);
    expect(hidden.variants.map((v) => v.id)).toEqual(['v1']);
  });

  it('copes with an almost empty product', () => {
    expect(
      reshapeV3Product({ _id: 'x', inventory: { availabilityStatus: 'OUT_OF_STOCK' } }),
    ).toMatchObject({
      id: 'x',
      name: '',
      price: 0,
      inStock: false,
      image: null,
      images: [],
      variants: [],
    });
  });

  it('turns a plain-text description into escaped paragraphs', () => {
    expect(reshapeV3Product({ plainDescription: 'a < b\n\nc' }).descriptionHtml).toBe(
      '<p>a &lt; b</p><p>c</p>',
    );
  });
});

const v1 = {
  _id: 'p1',
  name: 'Classic Linen Shirt',
  slug: 'classic-linen-shirt',
  description: '<p onclick="x()">Soft linen</p>',
  ribbon: '',
  lastUpdated: new Date('2024-05-01T10:00:00Z'),
  priceData: { currency: 'EUR', price: 50, discountedPrice: 40 },
  stock: { inStock: true, inventoryStatus: 'IN_STOCK' },
  media: {
    mainMedia: {
      image: { url: 'https://static.wixstatic.com/media/abc~mv2.png', width: 800, height: 600 },
    },
    items: [
      { image: { url: 'https://static.wixstatic.com/media/abc~mv2.png', width: 800, height: 600 } },
    ],
  },
  productOptions: [
    {
      name: 'Color',
      optionType: 'color',
      choices: [
        { value: '#d2b48c', description: 'Sand', inStock: true, visible: true },
        { value: '#000', description: 'Hidden', visible: false },
      ],
    },
    {
      name: 'Size',
      optionType: 'drop_down',
      choices: [{ value: 'M', description: 'M', inStock: false }],
    },
  ],
  manageVariants: true,
  variants: [
    {
      _id: 'v1',
      choices: { Color: 'Sand', Size: 'M' },
      variant: {
        priceData: { currency: 'EUR', price: 55, discountedPrice: 44 },
        sku: 'LIN-M',
        visible: true,
      },
      stock: { inStock: false },
    },
  ],
  collectionIds: ['c1'],
};

describe('reshapeV1Product', () => {
  const product = reshapeV1Product(v1);

  it('reads list and discounted prices', () => {
    expect(product).toMatchObject({ price: 40, compareAtPrice: 50, currency: 'EUR', ribbon: null });
    expect(product.variants[0]).toMatchObject({
      price: 44,
      compareAtPrice: 55,
      inStock: false,
      sku: 'LIN-M',
    });
  });

  it('uses colour descriptions as values and hides invisible choices', () => {
    expect(product.options[0]).toEqual({
      name: 'Color',
      kind: 'color',
      choices: [{ value: 'Sand', color: '#d2b48c', inStock: true }],
    });
    expect(product.options[1]?.choices[0]).toEqual({ value: 'M', color: null, inStock: false });
  });

  it('serves Wix media from the emulator in emulator mode and sanitizes the description', () => {
    expect(product.image?.url).toBe('http://127.0.0.1:4010/media/abc~mv2.png');
    expect(product.descriptionHtml).toBe('<p>Soft linen</p>');
  });

  it('gives a product without managed variants one default variant', () => {
    const simple = reshapeV1Product({ ...v1, variants: [], sku: 'S1' });
    expect(simple.variants).toEqual([
      {
        id: '00000000-0000-0000-0000-000000000000',
        choices: {},
        price: 40,
        compareAtPrice: 50,
        sku: 'S1',
        inStock: true,
      },
    ]);
  });
});

describe('collections', () => {
  it('reshapes V1 collections and V3 categories alike', () => {
    expect(
      reshapeV1Collection({
        _id: 'c1',
        name: 'Shirts',
        slug: 'shirts',
        description: '<p>All shirts</p>',
      }),
    ).toEqual({ id: 'c1', name: 'Shirts', slug: 'shirts', description: 'All shirts', image: null });
    expect(reshapeV3Category({ _id: 'c1', name: 'Shirts', slug: 'shirts' })).toEqual({
      id: 'c1',
      name: 'Shirts',
      slug: 'shirts',
      description: null,
      image: null,
    });
  });
});
