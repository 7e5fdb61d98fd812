'use client';

import { CatalogError } from '@/components/catalog/catalog-error';

export default function Error({ reset }: { error: Error; reset: () => void }) {
  return <CatalogError reset={reset} />;
}
