import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { MemberBookings, MemberBookingsSkeleton } from '@/components/bookings/member-bookings';
import { warnOnce } from '@/lib/server-log';
import { isMember, readSession } from '@/lib/session';
import { classifyCallError, describeError } from '@/lib/wix/errors';
import { getCurrentMember } from '@/lib/wix/members';
import type { Member } from '@/lib/wix/types';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

/** What the page shows instead of the account when Wix cannot give it: a message and one way on. */
function AccountNotice(props: { title: string; href: string; action: string; children: string }) {
  return (
    <section className="max-w-lg">
      <h1 className="text-3xl font-bold">{props.title}</h1>
      <p role="alert" className="mt-4 text-zinc-600">
        {props.children}
      </p>
      <a
        href={props.href}
        className="mt-6 inline-block rounded-md bg-zinc-900 px-5 py-3 font-semibold text-white"
      >
        {props.action}
      </a>
    </section>
  );
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export default async function AccountPage() {
  // The page checks for itself: middleware only keeps tokens fresh, it guards nothing.
  const session = await readSession(await cookies());
  if (!isMember(session) || !session?.tokens) redirect('/login?returnTo=/account');

  let member: Member;
  try {
    member = await getCurrentMember(session.tokens);
  } catch (error) {
    if (classifyCallError(error) === 'refused') {
      return (
        <AccountNotice
          title="Your session has ended"
          href="/login?returnTo=/account"
          action="Sign in again"
        >
          Wix no longer accepts this sign-in. Please sign in again.
        </AccountNotice>
      );
    }
    // Wix is down or slow: a message in the page, not a 500; the header's Sign out still works.
    warnOnce('account-page', `could not read the member: ${describeError(error)}`);
    return (
      <AccountNotice title="Your account" href="/account" action="Try again">
        We could not reach Wix to show your account just now. Your sign-in is safe; please try again
        shortly.
      </AccountNotice>
    );
  }

  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,24rem)_1fr]">
      <section aria-labelledby="account-heading">
        <h1 id="account-heading" className="text-3xl font-bold">
          Your account
        </h1>
        <dl className="mt-8 divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
          <div className="flex justify-between gap-4 px-5 py-4">
            <dt className="text-zinc-500">Name</dt>
            <dd className="font-medium">{member.name}</dd>
          </div>
          <div className="flex justify-between gap-4 px-5 py-4">
            <dt className="text-zinc-500">Email</dt>
            <dd className="font-medium">{member.email ?? 'Not shared'}</dd>
          </div>
          <div className="flex justify-between gap-4 px-5 py-4">
            <dt className="text-zinc-500">Member since</dt>
            <dd className="font-medium">
              {member.memberSince ? dateFormat.format(member.memberSince) : 'Unknown'}
            </dd>
          </div>
        </dl>
      </section>
      {/* Streamed: the profile shows at once, and a bookings failure stays in its own box. */}
      <Suspense fallback={<MemberBookingsSkeleton />}>
        <MemberBookings />
      </Suspense>
    </div>
  );
}
