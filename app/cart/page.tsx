import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { CartView } from '@/components/cart/cart-view';
import { loadCart } from '@/components/cart/load-cart';
import { readNotice } from '@/lib/cart/messages';
import { readSession } from '@/lib/session';

// Per visitor and always current: rendered for each request, never cached or indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your cart', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CartPage({ searchParams }: Props) {
  // `notice` is the outcome of a form posted without JavaScript (a code, never text).
  const notice = readNotice((await searchParams).notice);
  const session = await readSession(await cookies());
  const loaded = await loadCart(session);
  return (
    <section>
      <h1 className="text-3xl font-bold">Your cart</h1>
      {loaded.ok ? (
        <CartView
          initialCart={loaded.cart}
          countIsStale={(session?.cart?.count ?? 0) !== loaded.cart.count}
          notice={notice}
        />
      ) : (
        <p role="alert" className="mt-8 max-w-lg rounded border border-amber-200 bg-amber-50 p-4">
          {loaded.message}
        </p>
      )}
    </section>
  );
}
