'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { SessionSummary } from '@/lib/session';

type MenuState =
  { status: 'loading' } | { status: 'ready'; summary: SessionSummary; returnTo: string };

// A client island keeps the header (and every catalog page around it) cacheable for everyone.
export function MemberMenu() {
  const [state, setState] = useState<MenuState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<SessionSummary>) : null))
      .catch(() => null)
      .then((summary) => {
        if (cancelled) return;
        const here = `${window.location.pathname}${window.location.search}`;
        setState({
          status: 'ready',
          summary: summary ?? { member: null, cart: { count: 0 } },
          returnTo: here,
        });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.status === 'loading') {
    return (
      <>
        <span className="h-5 w-28 animate-pulse rounded bg-zinc-100" aria-hidden="true" />
        <noscript>
          <a href="/login">Sign in</a>
        </noscript>
      </>
    );
  }
  const { member } = state.summary;
  if (!member) {
    return (
      <a
        href={`/login?returnTo=${encodeURIComponent(state.returnTo)}`}
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
