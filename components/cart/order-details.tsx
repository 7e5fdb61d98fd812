import type { Order } from '@/lib/wix/cart-types';

/** An order as its buyer sees it on the thank-you page: Wix's own figures. */
export function OrderDetails({ order }: { order: Order }) {
  const { totals, shippingAddress, buyer } = order;
  return (
    <div className="mt-6 flex flex-col gap-8">
      <p className="text-lg">
        Order #{order.number}
        {buyer.email ? (
          <span className="block text-sm text-zinc-600">A confirmation goes to {buyer.email}.</span>
        ) : null}
      </p>
      <ul
        aria-label="Items in your order"
        className="divide-y divide-zinc-200 border-y border-zinc-200"
      >
        {order.lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-4 py-4 text-sm">
            <div>
              <p className="font-medium">{line.name}</p>
              {line.options.map((option) => (
                <p key={option.name} className="text-zinc-600">
                  {option.name}: {option.value}
                </p>
              ))}
              <p className="text-zinc-600">Quantity: {line.quantity}</p>
            </div>
            <p className="font-medium">{line.linePrice}</p>
          </li>
        ))}
      </ul>
      <dl className="grid max-w-xs grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        <dt>Subtotal</dt>
        <dd className="text-right">{totals.subtotal}</dd>
        {totals.discount ? (
          <>
            <dt>Discount</dt>
            <dd className="text-right">−{totals.discount}</dd>
          </>
        ) : null}
        {totals.shipping ? (
          <>
            <dt>Shipping</dt>
            <dd className="text-right">{totals.shipping}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Total</dt>
        <dd className="text-right font-semibold">{totals.total}</dd>
      </dl>
      {shippingAddress ? (
        <section aria-labelledby="shipping-heading">
          <h2 id="shipping-heading" className="font-semibold">
            Shipping to
          </h2>
          <address className="mt-2 text-sm not-italic">
            {shippingAddress.name ? <span className="block">{shippingAddress.name}</span> : null}
            {shippingAddress.lines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        </section>
      ) : null}
    </div>
  );
}
