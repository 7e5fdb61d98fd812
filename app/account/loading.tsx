export default function AccountLoading() {
  return (
    <section className="max-w-lg" aria-busy="true" aria-label="Loading your account">
      <div className="h-9 w-48 animate-pulse rounded bg-zinc-200" />
      <div className="mt-8 h-40 animate-pulse rounded-lg bg-zinc-100" />
    </section>
  );
}
