'use client';

import { ErrorState } from '@/components/layout/error-state';

export default function RouteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <ErrorState
      title="Something went wrong"
      message="This page could not be shown right now. Please try again."
      reset={reset}
    />
  );
}
