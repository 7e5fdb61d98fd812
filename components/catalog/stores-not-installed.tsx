export function StoresNotInstalled() {
  return (
    <section className="max-w-lg rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h2 className="text-lg font-semibold">This shop has no catalog yet</h2>
      <p className="mt-2 text-sm text-zinc-700">
        Wix Stores is not installed on the connected Wix site. Add the Wix Stores app to the site to
        show its products here.
      </p>
    </section>
  );
}
