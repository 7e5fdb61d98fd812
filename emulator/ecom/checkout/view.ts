import { html } from 'hono/html';
import { fieldInputs, formAlert, testCardChoice } from '../../pages/form-view';
import type { Html } from '../../pages/layout';
import { CHECKOUT_FIELDS, type CheckoutValues } from './form';
import { checkoutLayout } from './layout';
import { orderTable, type TableLine } from './order-table';

export interface CheckoutViewModel {
  sessionId: string;
  appName: string;
  revision: number;
  /** What the page shows, sent back so a stock change since then is noticed. */
  shown: string;
  lines: TableLine[];
  subtotal: string;
  discount: string | null;
  total: string;
  couponCode: string | null;
  promoCode?: string;
  promoError?: string;
  values?: Partial<CheckoutValues>;
  /** Field problems, shown as a list. */
  problems?: string[];
  /** One sentence: a declined payment, a stock change. */
  alert?: string;
  payment?: 'success' | 'declined';
  backUrl?: string;
}

const totalsOf = (model: CheckoutViewModel) => ({
  subtotal: model.subtotal,
  discount: model.discount
    ? { label: `Discount (${model.couponCode ?? ''})`, amount: model.discount }
    : null,
  total: model.total,
});

const sessionField = (id: string) => html`<input type="hidden" name="session" value="${id}" />`;

function promoForms(model: CheckoutViewModel): Html {
  const applied = model.couponCode
    ? html`<form
        method="post"
        action="/_wix/checkout/promo/remove"
        aria-label="Remove the promo code"
      >
        ${sessionField(model.sessionId)}
        <p class="notice" role="status">Promo code ${model.couponCode} is applied.</p>
        <button type="submit" class="link">Remove ${model.couponCode}</button>
      </form>`
    : '';
  const error = model.promoError ? html`<p class="error" role="alert">${model.promoError}</p>` : '';
  return html`<form method="post" action="/_wix/checkout/promo" aria-label="Apply a promo code">
      ${sessionField(model.sessionId)} ${error}
      <label for="promo-code">Promo code</label>
      <div class="row">
        <input id="promo-code" name="code" type="text" value="${model.promoCode ?? ''}" />
        <button type="submit">Apply</button>
      </div>
    </form>
    ${applied}`;
}

function checkoutForm(model: CheckoutViewModel): Html {
  const fields = fieldInputs('checkout', CHECKOUT_FIELDS, model.values);
  return html`<form method="post" action="/_wix/checkout/place-order" aria-label="Checkout">
    ${sessionField(model.sessionId)}
    <input type="hidden" name="revision" value="${model.revision}" />
    <input type="hidden" name="shown" value="${model.shown}" />
    ${formAlert(model)}
    <h2>Contact and delivery</h2>
    <div class="grid">${fields}</div>
    ${testCardChoice(model.payment, 'Test card: payment is declined')}
    <button type="submit" class="primary">Place order</button>
  </form>`;
}

/** The hosted checkout: the order, a promo code, contact and address, a test payment. */
export function checkoutView(model: CheckoutViewModel): Html {
  const back = model.backUrl ? html`<a class="back" href="${model.backUrl}">Back to cart</a>` : '';
  return checkoutLayout(
    'Checkout',
    html`<h1>Checkout</h1>
      <p class="muted">Your order at ${model.appName}</p>
      ${orderTable(html`Your order`, model.lines, totalsOf(model))} ${promoForms(model)}
      ${checkoutForm(model)} ${back}`,
  );
}
