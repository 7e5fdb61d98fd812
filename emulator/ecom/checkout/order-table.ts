import { html } from 'hono/html';
import type { Html } from '../../pages/layout';

export interface TableLine {
  name: string;
  options: string;
  quantity: number;
  /** The line's price (quantity × unit price), formatted. */
  price: string;
  /** "Only 3 left", "Out of stock: not included", … */
  note?: string;
}

export interface TableTotals {
  subtotal: string;
  /** `Discount (SAVE10)` and its amount, when a coupon applies. */
  discount: { label: string; amount: string } | null;
  total: string;
}

/** The items (name, options, quantity, line price) and the totals, on checkout and thank-you. */
export function orderTable(heading: Html, lines: readonly TableLine[], totals: TableTotals): Html {
  const rows = lines.map(
    (line) =>
      html`<tr>
        <th scope="row">
          ${line.name} ${line.options ? html`<span class="options">${line.options}</span>` : ''}
          ${line.note ? html`<span class="note">${line.note}</span>` : ''}
        </th>
        <td class="number">${line.quantity}</td>
        <td class="number">${line.price}</td>
      </tr>`,
  );
  const discount = totals.discount
    ? html`<div>
        <dt>${totals.discount.label}</dt>
        <dd>−${totals.discount.amount}</dd>
      </div>`
    : '';
  return html`<h2 id="order-heading">${heading}</h2>
    <table aria-labelledby="order-heading">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" class="number">Quantity</th>
          <th scope="col" class="number">Price</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    <dl class="totals">
      <div>
        <dt>Subtotal</dt>
        <dd>${totals.subtotal}</dd>
      </div>
      ${discount}
      <div class="total">
        <dt>Total</dt>
        <dd>${totals.total}</dd>
      </div>
    </dl>`;
}
