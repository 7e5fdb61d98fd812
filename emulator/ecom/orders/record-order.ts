import type { EmulatorContext } from '../../context';
import { newId } from '../../crypto';
import { ecomOf } from '../carts';
import type { Order } from '../model';

export type OrderDraft = Omit<Order, 'id' | 'number' | 'createdDate' | 'contactId'>;

/**
 * Stores a paid order (cart checkout or a paid booking) with the next order number; a member's
 * contact is taken from the member.
 */
export function recordOrder(ctx: EmulatorContext, draft: OrderDraft): Order {
  const ecom = ecomOf(ctx);
  const { buyer } = draft;
  const order: Order = {
    ...draft,
    id: newId(),
    number: String(ecom.nextOrderNumber++),
    contactId:
      buyer.kind === 'member' ? (ctx.store.state.members[buyer.id]?.contactId ?? null) : null,
    createdDate: new Date(ctx.clock()).toISOString(),
  };
  ecom.orders[order.id] = order;
  ctx.store.changed();
  return order;
}
