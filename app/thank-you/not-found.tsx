import Link from 'next/link';

/** The same page for a missing, malformed, unknown or someone else's order: it says nothing more. */
export default function OrderNotFound() {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">We could not find that order</h1>
      <p className="mt-4 text-zinc-600">
        The link may be incomplete, or the order belongs to another browser or account. Orders are
        shown only to the shopper who placed them.
      </p>
      <Link href="/products" className="mt-6 inline-block font-semibold underline">
        Continue shopping
      </Link>
    </section>
  );
}
