'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { loadSession, useSessionSummary } from '@/components/cart/session-store';

// A client island keeps the header (and every catalog page around it) cacheable for everyone.
export function MemberMenu() {
  const { member } = useSessionSummary();
  useEffect(loadSession, []);

  if (member === undefined) {
    return (
      <>
        <span className="h-5 w-28 animate-pulse rounded bg-zinc-100" aria-hidden="true" />
        <noscript>
          <a href="/login">Sign in</a>
        </noscript>
      </>
    );
  }
  if (!member) {
    // Only rendered in the browser (the server always renders the loading state above).
    const here = `${window.location.pathname}${window.location.search}`;
    return (
      <a
        href={`/login?returnTo=${encodeURIComponent(here)}`}
        className="font-medium hover:underline"
      >
        Sign in
      </a>
    );
  }
  return (
    <>
      <Link href="/account" className="font-medium hover:underline">
        {member.name}
      </Link>
      <form method="post" action="/logout">
        <button
          type="submit"
          className="rounded border border-zinc-300 px-3 py-1 hover:bg-zinc-100"
        >
          Sign out
        </button>
      </form>
    </>
  );
}
