export function GridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul
      aria-hidden="true"
      className="grid grid-cols-2 gap-x-6 gap-y-10 sm:grid-cols-3 lg:grid-cols-4"
    >
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>
          <div className="aspect-square animate-pulse rounded-lg bg-zinc-200" />
          <div className="mt-3 h-4 w-3/4 animate-pulse rounded bg-zinc-200" />
          <div className="mt-2 h-4 w-1/4 animate-pulse rounded bg-zinc-200" />
        </li>
      ))}
    </ul>
  );
}
