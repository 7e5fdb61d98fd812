import type { EmulatorContext } from '../../context';
import { newId } from '../../crypto';
import type { CatalogProduct } from '../../stores/catalog-model';
import { commitCart, ecomOf } from '../carts';
import { lineDisplay, optionsText } from '../line-view';
import type { Cart, Order } from '../model';
import { recordOrder } from '../orders/record-order';
import type { PricedCart } from '../pricing';
import { countryOf, type CheckoutValues } from './form';
import type { OpenCheckout } from './session';

/** What the page showed: `lineId:quantity` per line, sent back with the order form. */
export const quantitiesShown = (priced: PricedCart): string =>
  priced.lines.map((l) => `${l.line.id}:${l.confirmed}`).join(',');

/** Lines whose buyable quantity changed since the page was shown, as sentences. */
export function stockChanges(ctx: EmulatorContext, priced: PricedCart, shown: string): string[] {
  const before = new Map(
    shown.split(',').map((pair) => {
      const [id = '', quantity = ''] = pair.split(':');
      return [id, Number(quantity)] as const;
    }),
  );
  return priced.lines
    .filter((l) => before.get(l.line.id) !== l.confirmed)
    .map((l) => {
      const shownLine = lineDisplay(ctx.store.state.catalog, l.line);
      const options = optionsText(shownLine.descriptionLines);
      const item = options ? `${shownLine.name} (${options})` : shownLine.name;
      if (l.status === 'REMOVED_FROM_CATALOG') return `${item} is no longer available.`;
      if (l.confirmed === 0) return `${item} is now out of stock.`;
      return `${item} has only ${l.confirmed} left.`;
    });
}

// Strictly later than before, so caches keyed on updatedDate always see the change.
const touch = (product: CatalogProduct, now: number) => {
  product.updatedDate = new Date(Math.max(now, Date.parse(product.updatedDate) + 1)).toISOString();
};

/**
 * Turns the cart into an order at the prices and stock of this moment: tracked stock goes down
 * (0 = out of stock), the cart is no longer current and the session is used up. Returns the
 * order and the products whose stock changed.
 */
export function placeOrder(
  ctx: EmulatorContext,
  checkout: OpenCheckout & { cart: Cart },
  priced: PricedCart,
  values: CheckoutValues,
): { order: Order; changed: CatalogProduct[] } {
  const ecom = ecomOf(ctx);
  const now = ctx.clock();
  const { cart, intent, checkoutId } = checkout;
  const { catalog } = ctx.store.state;
  const bought = priced.lines.filter((l) => l.confirmed > 0 && l.product && l.variant);
  const changed = new Set<CatalogProduct>();
  for (const { product, variant, confirmed } of bought) {
    if (!product || !variant || variant.quantity === null) continue;
    variant.quantity = Math.max(0, variant.quantity - confirmed);
    if (variant.quantity === 0) variant.inStock = false;
    touch(product, now);
    changed.add(product);
  }
  const order = recordOrder(ctx, {
    cartId: cart.id,
    checkoutId,
    channelType: ecom.checkouts[checkoutId]?.channelType ?? 'WEB',
    buyer: intent.identity,
    email: values.email,
    firstName: values.firstName,
    lastName: values.lastName,
    phone: null,
    address: {
      addressLine: values.address,
      city: values.city,
      postalCode: values.postalCode,
      ...countryOf(values.country),
    },
    lines: bought.map((l) => {
      const shown = lineDisplay(catalog, l.line);
      return {
        id: newId(),
        catalogReference: l.line.catalogReference,
        productId: l.line.productId,
        name: shown.name,
        descriptionLines: shown.descriptionLines,
        mediaId: shown.mediaId,
        sku: shown.sku,
        unitCents: l.unitCents,
        fullUnitCents: l.fullUnitCents,
        quantity: l.confirmed,
        service: null,
      };
    }),
    subtotalCents: priced.subtotalCents,
    discountCents: priced.discountCents,
    totalCents: priced.totalCents,
    currency: catalog.currency,
    coupon: priced.coupon
      ? { id: priced.coupon.id, code: priced.coupon.code, name: priced.coupon.name }
      : null,
    buyerNote: cart.buyerNote,
    purchaseFlowId: cart.purchaseFlowId,
  });
  cart.status = 'ordered';
  cart.orderId = order.id;
  commitCart(ctx, cart);
  intent.usedAt = now;
  ctx.store.changed();
  return { order, changed: [...changed] };
}
