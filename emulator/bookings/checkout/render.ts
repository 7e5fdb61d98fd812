import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { EmulatorContext } from '../../context';
import { checkoutMessage, type PageLink } from '../../ecom/checkout/messages';
import { findApp } from '../../oauth/apps';
import { callbackUrl } from '../../redirects/callbacks';
import type { ComputedSlot } from '../slots/engine';
import { formatDuration, formatWhen, priceCents, priceText } from './format';
import type { BookingSessionState, OpenBooking } from './session';
import { SLOT_MESSAGES, type SlotCheck } from './slot-check';
import { bookingView, type BookingViewModel } from './view';

/**
 * The booked (or to be booked) session as the page lists it; `staffId` null = any staff member,
 * `places` for a class still to book.
 */
export function bookingDetails(
  ctx: EmulatorContext,
  open: OpenBooking,
  startMs: number,
  staffId: string | null,
  places: Pick<ComputedSlot, 'remaining' | 'capacity'> | null,
): BookingViewModel['details'] {
  const { business, staff } = ctx.store.state.bookings;
  const { service, payload } = open;
  const shopperZone = payload.shopperTimeZone;
  const staffName = staffId ? staff[staffId]?.name : null;
  const left = places?.remaining === 1 ? '1 place left' : `${places?.remaining} places left`;
  return [
    {
      term: `Business time (${business.timeZone})`,
      value: formatWhen(startMs, business.timeZone),
    },
    { term: `Your time (${shopperZone})`, value: formatWhen(startMs, shopperZone) },
    { term: 'Duration', value: formatDuration(service.durationMinutes) },
    { term: 'Staff', value: staffName ?? 'Any staff member (assigned when you book)' },
    ...(service.type === 'CLASS' && places
      ? [{ term: 'Places', value: `${left} of ${places.capacity}` }]
      : []),
    { term: 'Location', value: `${business.location.name}, ${business.location.formattedAddress}` },
    { term: 'Price', value: priceText(service, business.currency) },
  ];
}

const backLink = (open: OpenBooking): PageLink | undefined =>
  open.callbacks.backUrl ? { href: callbackUrl(open.callbacks.backUrl), text: 'Back' } : undefined;

/** The booking page for a time that can be booked now; `extras` keep what the shopper entered. */
export function renderBooking(
  c: Context,
  ctx: EmulatorContext,
  open: OpenBooking,
  check: Extract<SlotCheck, { ok: true }>,
  extras: Partial<BookingViewModel>,
  status: ContentfulStatusCode,
) {
  const shownStaff = open.service.type === 'CLASS' ? check.staffId : open.payload.staffId;
  const back = backLink(open);
  const model: BookingViewModel = {
    sessionId: open.session.id,
    appName: findApp(ctx.store.state, open.intent.clientId)?.name ?? 'the site',
    serviceName: open.service.name,
    details: bookingDetails(ctx, open, check.slot.startMs, shownStaff, check.slot),
    paid: priceCents(open.service) > 0,
    ...(back ? { backUrl: back.href } : {}),
    ...extras,
  };
  return c.html(bookingView(model), status);
}

const SLOT_PAGES: Record<
  Extract<SlotCheck, { ok: false }>['reason'],
  [ContentfulStatusCode, string]
> = {
  taken: [409, 'This time is taken'],
  missing: [404, 'This time is not available'],
  'too-late': [409, 'This time is too soon'],
};

/** A time that cannot be booked (now): nothing was created; the way back is to choose again. */
export function slotRefusal(
  c: Context,
  open: OpenBooking,
  check: Extract<SlotCheck, { ok: false }>,
) {
  const [status, title] = SLOT_PAGES[check.reason];
  return checkoutMessage(c, status, title, SLOT_MESSAGES[check.reason], backLink(open));
}

/** The message page for a session that cannot go on, or the booking ready to check. */
export function bookingRefusal(
  c: Context,
  state: BookingSessionState,
): { page: Response | Promise<Response> } | { ready: OpenBooking } {
  if (state.kind === 'expired') {
    const message =
      'This booking link is unknown or has expired. Go back to the site and choose a time again.';
    return { page: checkoutMessage(c, 400, 'This booking link has expired', message) };
  }
  if (state.kind === 'not-allowed') {
    const message = state.address
      ? `The return address ${state.address} is not in this app's allowed redirect domains, so this booking cannot continue.`
      : 'The app that started this booking no longer exists, so this booking cannot continue.';
    return { page: checkoutMessage(c, 400, 'Return address not allowed', message) };
  }
  if (state.kind === 'used') {
    const message =
      'A booking was already made with this link. Go back to the site to book another time.';
    return {
      page: checkoutMessage(c, 410, 'This booking link was already used', message, backLink(state)),
    };
  }
  return { ready: state };
}
