import { ProductGrid } from '@/components/product/product-card';
import { DEFAULT_LISTING, listingHref, PAGE_SIZE, type ListingState } from '@/lib/catalog/listing';
import { getProducts } from '@/lib/wix/catalog';
import { Pagination } from './pagination';

/** The product grid of a listing; streamed behind a skeleton while Wix answers. */
export async function ListingResults({
  state,
  collectionId,
}: {
  state: ListingState;
  collectionId?: string;
}) {
  const result = await getProducts({
    collectionId,
    search: state.q || undefined,
    sort: state.sort,
    page: state.page,
    pageSize: PAGE_SIZE,
  });
  const pastTheEnd = result.total > 0 && result.items.length === 0;
  return (
    <>
      <p className="mt-4 text-sm text-zinc-500" aria-live="polite">
        {state.q ? `${result.total} results for “${state.q}”` : `${result.total} products`}
      </p>
      {result.items.length > 0 ? (
        <div className="mt-6">
          {/* Cards take h2: the grid sits right under the page's h1. */}
          <ProductGrid products={result.items} label="Products" priorityCount={4} heading="h2" />
          <Pagination state={state} pageCount={result.pageCount} />
        </div>
      ) : (
        <div className="mt-10 rounded-lg border border-dashed border-zinc-300 p-10 text-center">
          <h2 className="text-lg font-semibold">
            {pastTheEnd ? 'This page is empty' : 'No products found'}
          </h2>
          <p className="mt-2 text-zinc-600">
            {pastTheEnd
              ? result.pageCount === 1
                ? 'There is only one page.'
                : `There are only ${result.pageCount} pages.`
              : 'Try another search, or browse everything we sell.'}
          </p>
          <a
            href={pastTheEnd ? listingHref(state, { page: 1 }) : listingHref(DEFAULT_LISTING)}
            className="mt-4 inline-block font-semibold underline"
          >
            {pastTheEnd ? 'Go to the first page' : 'Show all products'}
          </a>
        </div>
      )}
    </>
  );
}
