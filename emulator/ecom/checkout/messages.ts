import type { Context } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { optionsText } from '../line-view';
import { formatMoney } from '../money';
import type { Order } from '../model';
import { checkoutLayout } from './layout';
import { orderTable } from './order-table';

export interface PageLink {
  href: string;
  text: string;
}

const backLink = (link?: PageLink) =>
  link ? html`<a class="back" href="${link.href}">${link.text}</a>` : '';

/** A page that only explains something: never a stack trace, always a way back when there is one. */
export function checkoutMessage(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  message: string,
  link?: PageLink,
) {
  const body = html`<h1>${title}</h1>
    <p role="alert">${message}</p>
    ${backLink(link)}`;
  return c.html(checkoutLayout(title, body), status);
}

/** The emulator's own thank-you page, shown when the storefront gave no thankYouPageUrl. */
export function thankYouPage(c: Context, order: Order, link?: PageLink) {
  const money = (cents: number) => formatMoney(cents, order.currency);
  const lines = order.lines.map((line) => ({
    name: line.name,
    options: optionsText(line.descriptionLines),
    quantity: line.quantity,
    price: money(line.unitCents * line.quantity),
  }));
  const discount = order.coupon
    ? { label: `Discount (${order.coupon.code})`, amount: money(order.discountCents) }
    : null;
  const totals = { subtotal: money(order.subtotalCents), discount, total: money(order.totalCents) };
  const body = html`<h1>Thank you for your order</h1>
    <p role="status">Order number ${order.number} is placed and paid.</p>
    <p class="muted">
      A store would now email a confirmation to ${order.email}; the emulator sends no email.
    </p>
    ${orderTable(html`Order ${order.number}`, lines, totals)} ${backLink(link)}`;
  return c.html(checkoutLayout('Thank you for your order', body), 200);
}
