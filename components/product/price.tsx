import { discountPercent, formatPrice } from '@/lib/catalog/price';

type PriceProps = {
  price: number;
  compareAtPrice: number | null;
  currency: string;
  size?: 'sm' | 'lg';
};

export function Price({ price, compareAtPrice, currency, size = 'sm' }: PriceProps) {
  const saving = discountPercent(price, compareAtPrice);
  const text = size === 'lg' ? 'text-2xl font-semibold' : 'text-sm font-medium';
  return (
    <p className="flex flex-wrap items-baseline gap-2">
      <span className={text} data-testid="price">
        {formatPrice(price, currency)}
      </span>
      {saving !== null && compareAtPrice !== null ? (
        <>
          <s className="text-sm text-zinc-500">
            <span className="sr-only">Was </span>
            {formatPrice(compareAtPrice, currency)}
          </s>
          <span className="text-xs font-semibold text-red-700">Save {saving}%</span>
        </>
      ) : null}
    </p>
  );
}
