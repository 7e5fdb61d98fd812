'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import {
  chooseOption,
  isChoiceAvailable,
  resolveVariant,
  selectionFromParams,
  type Selection,
} from '@/lib/catalog/variants';
import { checkPurchasable } from '@/lib/cart/purchasable';
import type { Product } from '@/lib/wix/types';
import { AddToCartForm } from './add-to-cart';
import { Price } from './price';

type Props = {
  product: Pick<
    Product,
    'id' | 'slug' | 'options' | 'variants' | 'price' | 'compareAtPrice' | 'currency' | 'inStock'
  >;
};

function toParams(selection: Selection): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(selection)) params.set(name.toLowerCase(), value);
  return params.toString();
}

/**
 * Option pickers that resolve to a variant, and "Add to cart" for it; the choice lives in the URL
 * so it can be shared (and so a form posted without JavaScript knows it).
 */
export function VariantPicker({ product }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [selection, setSelection] = useState<Selection>(() =>
    selectionFromParams(product, Object.fromEntries(searchParams.entries())),
  );
  const variant = useMemo(() => resolveVariant(product, selection), [product, selection]);
  const purchase = useMemo(() => checkPurchasable(product, selection), [product, selection]);

  function choose(optionName: string, value: string) {
    const next = chooseOption(product, selection, optionName, value);
    setSelection(next);
    const query = toParams(next);
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  const status = variant
    ? variant.inStock
      ? 'In stock'
      : 'Out of stock'
    : product.inStock
      ? 'Choose your options'
      : 'Out of stock';
  return (
    <div className="flex flex-col gap-6">
      <Price
        price={variant?.price ?? product.price}
        compareAtPrice={variant ? variant.compareAtPrice : product.compareAtPrice}
        currency={product.currency}
        size="lg"
      />
      {product.options.map((option) => (
        <fieldset key={option.name}>
          <legend className="text-sm font-medium">
            {option.name}
            {selection[option.name] ? (
              <span className="font-normal text-zinc-600">: {selection[option.name]}</span>
            ) : null}
          </legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {option.choices.map((choice) => {
              const available = isChoiceAvailable(product, selection, option.name, choice.value);
              const checked = selection[option.name] === choice.value;
              return (
                <label
                  key={choice.value}
                  className={`flex cursor-pointer items-center gap-2 rounded border px-3 py-1.5 text-sm has-[:focus-visible]:ring-2 ${
                    checked ? 'border-zinc-900 bg-zinc-900 text-white' : 'border-zinc-300'
                  } ${available ? '' : 'cursor-not-allowed opacity-40 line-through'}`}
                >
                  <input
                    type="radio"
                    name={option.name}
                    value={choice.value}
                    checked={checked}
                    disabled={!available}
                    onChange={() => choose(option.name, choice.value)}
                    className="sr-only"
                  />
                  {choice.color ? (
                    <span
                      aria-hidden="true"
                      className="size-4 rounded-full border border-zinc-300"
                      style={{ backgroundColor: choice.color }}
                    />
                  ) : null}
                  {choice.value}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-500">Availability</dt>
        <dd
          data-testid="stock-status"
          className={variant && !variant.inStock ? 'text-red-700' : ''}
        >
          {status}
        </dd>
        <dt className="text-zinc-500">SKU</dt>
        <dd data-testid="sku">{variant?.sku ?? '—'}</dd>
      </dl>
      <AddToCartForm product={product} check={purchase} />
    </div>
  );
}
