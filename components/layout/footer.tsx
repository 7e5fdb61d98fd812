export function Footer() {
  return (
    <footer className="border-t border-zinc-200 bg-white">
      <div className="mx-auto max-w-6xl px-6 py-6 text-sm text-zinc-500">
        An open Wix Headless storefront starter.
      </div>
    </footer>
  );
}
