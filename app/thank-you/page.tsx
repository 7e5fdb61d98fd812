import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CartCountRefresh } from '@/components/cart/cart-count-refresh';
import { OrderDetails } from '@/components/cart/order-details';
import { warnOnce } from '@/lib/server-log';
import { readSession } from '@/lib/session';
import type { Order } from '@/lib/wix/cart-types';
import { describeError } from '@/lib/wix/errors';
import { getOrder } from '@/lib/wix/orders';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Thank you', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const orderId = z.guid();

export default async function ThankYouPage({ searchParams }: Props) {
  // Wix adds `wixMemberLoggedIn=true` when the shopper signed in on its checkout page: the order
  // is still theirs to read with this session's tokens, so the page just shows it.
  const id = orderId.safeParse((await searchParams).orderId);
  if (!id.success) notFound();
  const session = await readSession(await cookies());
  if (!session?.tokens) notFound();
  let order: Order | null;
  try {
    order = await getOrder(session.tokens, id.data);
  } catch (error) {
    warnOnce('thank-you', `could not read an order: ${describeError(error)}`);
    return (
      <section className="max-w-lg">
        <h1 className="text-3xl font-bold">Thank you for your order</h1>
        <p role="alert" className="mt-4 text-zinc-600">
          Your order was placed, but we could not load its details just now. Wix sends a
          confirmation by email; you can also reload this page in a moment.
        </p>
        <CartCountRefresh />
      </section>
    );
  }
  if (!order) notFound();
  return (
    <section className="max-w-2xl">
      <h1 className="text-3xl font-bold">Thank you for your order</h1>
      <OrderDetails order={order} />
      <CartCountRefresh />
    </section>
  );
}
