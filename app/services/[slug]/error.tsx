'use client';

import { ServicesError } from '@/components/bookings/services-error';

export default function Error({ reset }: { error: Error; reset: () => void }) {
  return <ServicesError reset={reset} />;
}
