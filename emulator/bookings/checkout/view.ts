import { html } from 'hono/html';
import { checkoutLayout } from '../../ecom/checkout/layout';
import { fieldInputs, formAlert, testCardChoice } from '../../pages/form-view';
import type { Html } from '../../pages/layout';
import { BOOKING_FIELDS, type BookingValues } from './form';

export interface BookingViewModel {
  sessionId: string;
  appName: string;
  serviceName: string;
  /** What is booked, in order: both times (zone named), duration, staff, location, price. */
  details: { term: string; value: string }[];
  /** Paid services take a (test) card. */
  paid: boolean;
  values?: Partial<BookingValues>;
  problems?: string[];
  alert?: string;
  payment?: 'success' | 'declined';
  backUrl?: string;
}

const STYLES = `
  dl.details { margin: 1rem 0 0; }
  dl.details div { display: grid; grid-template-columns: 14rem 1fr; gap: 1rem; padding: 0.35rem 0;
                   border-bottom: 1px solid #e4e4e7; }
  dl.details dt { font-weight: 600; }
  dl.details dd { margin: 0; }
`;

function detailsList(details: BookingViewModel['details']): Html {
  const rows = details.map(
    (d) =>
      html`<div>
        <dt>${d.term}</dt>
        <dd>${d.value}</dd>
      </div>`,
  );
  return html`<dl class="details">${rows}</dl>`;
}

function bookingForm(model: BookingViewModel): Html {
  const payment = model.paid ? testCardChoice(model.payment, 'Test card: payment declined') : '';
  return html`<form method="post" action="/_wix/bookings-checkout/book" aria-label="Booking">
    <input type="hidden" name="session" value="${model.sessionId}" />
    ${formAlert(model)}
    <h2>Your details</h2>
    <div class="grid">${fieldInputs('booking', BOOKING_FIELDS, model.values)}</div>
    ${payment}
    <button type="submit" class="primary">Book</button>
  </form>`;
}

/** The hosted booking page: what is booked, when (both zones), contact details, a test card. */
export function bookingView(model: BookingViewModel): Html {
  const title = `Book ${model.serviceName}`;
  const back = model.backUrl ? html`<a class="back" href="${model.backUrl}">Back</a>` : '';
  return checkoutLayout(
    title,
    html`<h1>${title}</h1>
      <p class="muted">Your booking at ${model.appName}</p>
      ${detailsList(model.details)} ${bookingForm(model)} ${back}`,
    STYLES,
  );
}

/** The emulator's own confirmation, shown when the site gave no thankYouPageUrl or postFlowUrl. */
export function bookedView(
  serviceName: string,
  details: BookingViewModel['details'],
  back?: string,
) {
  const link = back ? html`<a class="back" href="${back}">Back</a>` : '';
  return checkoutLayout(
    'Booking confirmed',
    html`<h1>Booking confirmed</h1>
      <p role="status">${serviceName} is booked.</p>
      ${detailsList(details)} ${link}`,
    STYLES,
  );
}
