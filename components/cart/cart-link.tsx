'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { cartLinkLabel } from '@/lib/cart/count';
import { loadSession, useSessionSummary } from './session-store';

/** The header's cart link: its count comes from the session cookie, never from Wix. */
export function CartLink() {
  const { count } = useSessionSummary();
  useEffect(loadSession, []);
  return (
    <Link
      href="/cart"
      // A dynamic, per-visitor page: prefetching it from every catalog view would cost Wix.
      prefetch={false}
      aria-label={cartLinkLabel(count)}
      className="flex items-center gap-1.5 font-medium hover:underline"
    >
      Cart
      {count ? (
        <span
          aria-hidden="true"
          className="min-w-5 rounded-full bg-zinc-900 px-1.5 text-center text-xs leading-5 text-white"
        >
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
