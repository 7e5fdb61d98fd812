import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-zinc-600">We could not find what you were looking for.</p>
      <Link href="/" className="mt-6 inline-block font-semibold underline">
        Back to the shop
      </Link>
    </section>
  );
}
