'use client';

export default function RouteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-zinc-600">
        This page could not be shown right now. Please try again.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-zinc-900 px-5 py-3 font-semibold text-white"
      >
        Try again
      </button>
    </section>
  );
}
