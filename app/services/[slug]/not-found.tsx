import Link from 'next/link';

export default function ServiceNotFound() {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">Service not found</h1>
      <p className="mt-4 text-zinc-600">This service does not exist or can no longer be booked.</p>
      <Link href="/services" className="mt-6 inline-block font-semibold underline">
        See all services
      </Link>
    </section>
  );
}
