'use client';

import { ErrorState } from '@/components/layout/error-state';

/** Shown when Wix cannot be reached for a catalog page that is not cached yet. */
export function CatalogError({ reset }: { reset: () => void }) {
  return (
    <ErrorState
      title="The shop is taking a break"
      message="We could not load the catalog from Wix just now. Please try again in a moment."
      reset={reset}
    />
  );
}
