'use client';

import { ErrorState } from '@/components/layout/error-state';

export default function AccountError({ reset }: { error: Error; reset: () => void }) {
  return (
    <ErrorState
      title="We could not load your account"
      message="Wix did not answer in time. Your sign-in is safe."
      reset={reset}
    />
  );
}
