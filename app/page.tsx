import Link from 'next/link';

export default function HomePage() {
  return (
    <section className="rounded-2xl bg-zinc-900 px-8 py-16 text-white sm:px-12">
      <p className="text-sm uppercase tracking-widest text-zinc-400">Wix Headless · Next.js</p>
      <h1 className="mt-3 max-w-2xl text-4xl font-bold tracking-tight sm:text-5xl">
        A storefront you can fork and ship.
      </h1>
      <p className="mt-4 max-w-xl text-lg text-zinc-300">
        Browse as a guest, or sign in through the Wix-managed login page to see your account.
      </p>
      <div className="mt-8 flex gap-4">
        <Link
          href="/account"
          className="rounded-md bg-white px-5 py-3 font-semibold text-zinc-900 hover:bg-zinc-200"
        >
          Your account
        </Link>
      </div>
    </section>
  );
}
