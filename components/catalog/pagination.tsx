import Link from 'next/link';
import { listingHref, type ListingState } from '@/lib/catalog/listing';
import { pageWindow } from '@/lib/catalog/pagination';

export function Pagination({ state, pageCount }: { state: ListingState; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = 'rounded border border-zinc-300 px-3 py-1.5 hover:bg-zinc-100';
  return (
    <nav
      aria-label="Pagination"
      className="mt-12 flex flex-wrap items-center justify-center gap-2 text-sm"
    >
      {state.page > 1 ? (
        <Link href={listingHref(state, { page: state.page - 1 })} className={link} rel="prev">
          Previous
        </Link>
      ) : null}
      {pageWindow(state.page, pageCount).map((p, i) =>
        p === 'gap' ? (
          <span key={`gap-${i}`} aria-hidden="true">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={listingHref(state, { page: p })}
            aria-label={`Page ${p}`}
            aria-current={p === state.page ? 'page' : undefined}
            className={p === state.page ? `${link} bg-zinc-900 text-white hover:bg-zinc-900` : link}
          >
            {p}
          </Link>
        ),
      )}
      {state.page < pageCount ? (
        <Link href={listingHref(state, { page: state.page + 1 })} className={link} rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
