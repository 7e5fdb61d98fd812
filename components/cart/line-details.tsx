import Image from 'next/image';
import Link from 'next/link';
import type { CartLine, CartTotals } from '@/lib/wix/cart-types';

/** Image, name (a link to the product when Wix says which), options and stock of a line. */
export function LineDetails({ line }: { line: CartLine }) {
  return (
    <div className="flex min-w-0 gap-4">
      <div className="relative size-20 shrink-0 overflow-hidden rounded bg-zinc-100">
        {line.image ? (
          <Image src={line.image.url} alt="" fill sizes="80px" className="object-cover" />
        ) : null}
      </div>
      <div className="min-w-0 text-sm">
        <p className="font-medium">
          {line.slug ? (
            <Link href={`/products/${encodeURIComponent(line.slug)}`} className="hover:underline">
              {line.name}
            </Link>
          ) : (
            line.name
          )}
        </p>
        {line.options.length ? (
          <ul className="text-zinc-600">
            {line.options.map((option) => (
              <li key={option.name}>
                {option.name}: {option.value}
              </li>
            ))}
          </ul>
        ) : null}
        <LineStock line={line} />
      </div>
    </div>
  );
}

function LineStock({ line }: { line: CartLine }) {
  const text =
    line.availability === 'removed'
      ? 'No longer available'
      : line.availability === 'out-of-stock'
        ? 'Out of stock'
        : line.onlyLeft !== null
          ? `Only ${line.onlyLeft} left`
          : null;
  return text ? <p className="font-medium text-red-700">{text}</p> : null;
}

type TotalsProps = { totals: CartTotals | null; subtotal?: string | null; testIds: boolean };

/** Subtotal, discount and total as Wix computed and formatted them. */
export function TotalsList({ totals, subtotal = null, testIds }: TotalsProps) {
  const id = (name: string) => (testIds ? { 'data-testid': `cart-${name}` } : {});
  if (!totals && subtotal) {
    // After an add Wix has answered the cart, not its calculation: discounts come on /cart.
    return (
      <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        <dt>Subtotal</dt>
        <dd className="text-right" {...id('subtotal')}>
          {subtotal}
        </dd>
      </dl>
    );
  }
  if (!totals) {
    return (
      <p className="text-sm text-zinc-600" aria-busy="true">
        Updating totals…
      </p>
    );
  }
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
      <dt>Subtotal</dt>
      <dd className="text-right" {...id('subtotal')}>
        {totals.subtotal}
      </dd>
      {totals.discount ? (
        <>
          <dt>Discount</dt>
          <dd className="text-right text-green-800" {...id('discount')}>
            −{totals.discount}
          </dd>
        </>
      ) : null}
      <dt className="font-semibold">Total</dt>
      <dd className="text-right font-semibold" {...id('total')}>
        {totals.total}
      </dd>
    </dl>
  );
}
