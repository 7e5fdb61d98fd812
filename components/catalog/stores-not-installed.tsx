/** `h1` where this notice is the whole page, `h2` inside a page with a heading of its own. */
export function StoresNotInstalled({ heading: Heading = 'h2' }: { heading?: 'h1' | 'h2' }) {
  return (
    <section className="max-w-lg rounded-lg border border-amber-300 bg-amber-50 p-6">
      <Heading className="text-lg font-semibold">This shop has no catalog yet</Heading>
      <p className="mt-2 text-sm text-zinc-700">
        Wix Stores is not installed on the connected Wix site. Add the Wix Stores app to the site to
        show its products here.
      </p>
    </section>
  );
}
