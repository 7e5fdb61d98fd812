'use client';

type Props = { title: string; message: string; reset: () => void };

/** The body of every error boundary: what happened, in words, and a way to retry. */
export function ErrorState({ title, message, reset }: Props) {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-zinc-600">{message}</p>
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
