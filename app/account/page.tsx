import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { MemberBookings, MemberBookingsSkeleton } from '@/components/bookings/member-bookings';
import { isMember, readSession } from '@/lib/session';
import { classifyCallError } from '@/lib/wix/errors';
import { getCurrentMember } from '@/lib/wix/members';
import type { Member } from '@/lib/wix/types';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export default async function AccountPage() {
  // The page checks for itself: middleware only keeps tokens fresh, it guards nothing.
  const session = await readSession(await cookies());
  if (!isMember(session) || !session?.tokens) redirect('/login?returnTo=/account');

  let member: Member;
  try {
    member = await getCurrentMember(session.tokens);
  } catch (error) {
    if (classifyCallError(error) !== 'refused') throw error;
    return (
      <section className="max-w-lg">
        <h1 className="text-3xl font-bold">Your session has ended</h1>
        <p className="mt-4 text-zinc-600">
          Wix no longer accepts this sign-in. Please sign in again.
        </p>
        <a
          href="/login?returnTo=/account"
          className="mt-6 inline-block rounded-md bg-zinc-900 px-5 py-3 font-semibold text-white"
        >
          Sign in again
        </a>
      </section>
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
