/** The calendar's place while it loads: about its size, so the page below barely moves. */
export function CalendarSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-6">
      <div className="h-24 animate-pulse rounded bg-zinc-100 sm:h-14" />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,24rem)_1fr]">
        <div className="h-[23.5rem] animate-pulse rounded bg-zinc-100" />
        <div className="h-24 animate-pulse rounded bg-zinc-100" />
      </div>
    </div>
  );
}
