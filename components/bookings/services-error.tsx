'use client';

import { ErrorState } from '@/components/layout/error-state';

/** Shown when Wix cannot be reached for a services page that is not cached yet. */
export function ServicesError({ reset }: { reset: () => void }) {
  return (
    <ErrorState
      title="Bookings are taking a break"
      message="We could not load the services from Wix just now. Please try again in a moment."
      reset={reset}
    />
  );
}
