import { SORT_OPTIONS, type ListingState } from '@/lib/catalog/listing';
import { SortSelect } from './sort-select';

/** Search and sort as plain GET forms: the listing state stays in the URL. */
export function ListingControls({ state }: { state: ListingState }) {
  const action = state.collection ? `/collections/${state.collection}` : '/products';
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <form action={action} method="get" role="search" className="flex gap-2">
        <label htmlFor="listing-search" className="sr-only">
          Search products
        </label>
        <input
          id="listing-search"
          name="q"
          type="search"
          defaultValue={state.q}
          placeholder="Search products"
          maxLength={100}
          className="w-56 rounded border border-zinc-300 px-3 py-1.5 text-sm"
        />
        {state.sort !== 'featured' ? <input type="hidden" name="sort" value={state.sort} /> : null}
        <button
          type="submit"
          className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white"
        >
          Search
        </button>
      </form>
      <form action={action} method="get" className="flex items-center gap-2">
        {state.q ? <input type="hidden" name="q" value={state.q} /> : null}
        <label htmlFor="sort" className="text-sm text-zinc-600">
          Sort by
        </label>
        <SortSelect value={state.sort} options={SORT_OPTIONS} />
        <noscript>
          <button type="submit" className="rounded border border-zinc-300 px-2 py-1.5 text-sm">
            Apply
          </button>
        </noscript>
      </form>
    </div>
  );
}
