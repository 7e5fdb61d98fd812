import Link from 'next/link';

/** The same page for a missing, malformed or someone else's booking: it says nothing more. */
export default function BookingNotFound() {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">We could not find that booking</h1>
      <p className="mt-4 text-zinc-600">
        The link may be incomplete, or the booking was made in another browser. A booking is shown
        here only in the browser that made it.
      </p>
      <Link href="/services" className="mt-6 inline-block font-semibold underline">
        See all services
      </Link>
    </section>
  );
}
