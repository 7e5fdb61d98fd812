import Link from 'next/link';

export default function ProductNotFound() {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">Product not found</h1>
      <p className="mt-4 text-zinc-600">This product does not exist or is no longer sold.</p>
      <Link href="/products" className="mt-6 inline-block font-semibold underline">
        Browse all products
      </Link>
    </section>
  );
}
