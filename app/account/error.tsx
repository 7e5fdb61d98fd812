'use client';

export default function AccountError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">We could not load your account</h1>
      <p className="mt-4 text-zinc-600">Wix did not answer in time. Your sign-in is safe.</p>
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
