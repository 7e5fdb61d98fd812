import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/emulator/server';
import { WIX_BOOKINGS_APP_ID } from '@/lib/wix-app-ids';
import { GUID, flatHtml, refusal } from './ecom-helpers';
import { getPage, postForm, startTestEmulator } from './helpers';
import {
  BOOKING_CALLBACKS,
  GUEST,
  NY,
  bookingUrl,
  createBookingClient,
  landing,
  openAndBook,
  service,
  staff,
  submitBooking,
} from './bookings-helpers';

// The bookingsCheckout hand-off end to end: redirect session → hosted page → booking (and order).
// "Now" is Tuesday 2026-12-01, 07:00 in New York; Wednesday's times are 27 h or more ahead.
const NOW = Date.parse('2026-12-01T12:00:00Z');
const RACE_MESSAGE = 'This time was just booked by someone else. Choose another time.';
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ clock: () => NOW });
});
afterAll(() => emulator.close());

const haircutAt = (start: string, end: string, extra: { staffId?: string } = {}) => ({
  slug: 'haircut',
  start,
  end,
  ...extra,
});

describe('the bookingsCheckout redirect session', () => {
  const shop = createBookingClient();

  it('takes a zone-less local start and shows the time in both zones, named', async () => {
    const url = await bookingUrl(
      shop,
      haircutAt('2026-12-02T10:00:00', '2026-12-02T10:30:00', { staffId: staff('anna') }),
    );
    const res = await getPage(url);
    expect(res.status).toBe(200);
    const page = await flatHtml(res);
    for (const part of [
      '<h1>Book Haircut</h1>',
      `<dt>Business time (${NY})</dt><dd>Wednesday, December 2, 2026 at 10:00 AM</dd>`,
      '<dt>Your time (Europe/London)</dt><dd>Wednesday, December 2, 2026 at 3:00 PM</dd>',
      '<dt>Duration</dt><dd>30 min</dd>',
      '<dt>Staff</dt><dd>Anna Berg</dd>',
      '<dt>Location</dt><dd>Soho Studio, 100 Spring St, New York, NY 10012</dd>',
      '<dt>Price</dt><dd>$45.00</dd>',
      '<label for="booking-firstName">First name</label>',
      '<label for="booking-lastName">Last name</label>',
      '<label for="booking-email">Email</label>',
      '<label for="booking-phone">Phone</label>',
      'value="success" checked',
      'Test card: payment succeeds',
      'Test card: payment declined',
      '<button type="submit" class="primary">Book</button>',
      `href="${BOOKING_CALLBACKS.bookingsServiceListUrl}?wixMemberLoggedIn=false">Back</a>`,
    ]) {
      expect(page).toContain(part);
    }
    expect(page).not.toMatch(/<script/i);
  });

  it('takes an ISO instant for the same time', async () => {
    const url = await bookingUrl(shop, {
      ...haircutAt('2026-12-02T15:00:00.000Z', '2026-12-02T15:30:00.000Z'),
      timezone: NY,
    });
    const page = await flatHtml(await getPage(url));
    expect(page).toContain(
      `<dt>Business time (${NY})</dt><dd>Wednesday, December 2, 2026 at 10:00 AM</dd>`,
    );
    expect(page).toContain('<dt>Staff</dt><dd>Any staff member (assigned when you book)</dd>');
  });

  it('refuses an unknown service on the call, and a malformed date', async () => {
    const call = shop.redirects.createRedirectSession({
      bookingsCheckout: {
        slotAvailability: {
          slot: {
            serviceId: '00000000-0000-4000-8000-000000000000',
            startDate: '2026-12-02T10:00:00',
            endDate: '2026-12-02T10:30:00',
            timezone: NY,
          },
        },
      },
    });
    expect(await refusal(call)).toEqual([404, 'SERVICE_NOT_FOUND']);
    const malformed = bookingUrl(shop, haircutAt('next Tuesday', '2026-12-02T10:30:00'));
    expect(await refusal(malformed)).toEqual([400, undefined]);
  });

  it('shows an error page, not a booking form, for a time the schedule does not offer', async () => {
    // Sunday: the salon is closed.
    const url = await bookingUrl(shop, haircutAt('2026-12-06T10:00:00', '2026-12-06T10:30:00'));
    const res = await getPage(url);
    expect(res.status).toBe(404);
    const page = await flatHtml(res);
    expect(page).toContain(
      'role="alert">This time is not offered for booking. Choose another time.',
    );
    expect(page).not.toContain('>Book</button>');
  });

  it('refuses a return address outside the app’s allowed redirect domains', async () => {
    const url = await bookingUrl(shop, haircutAt('2026-12-02T11:00:00', '2026-12-02T11:30:00'), {
      thankYouPageUrl: 'https://evil.example/thanks',
    });
    const res = await getPage(url);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('https://evil.example/thanks is not in this app');
    expect((await submitBooking(url)).status).toBe(400);
  });
});

describe('booking a free service', () => {
  const shop = createBookingClient();
  let url = '';

  it('confirms directly, with no order and no card', async () => {
    url = await bookingUrl(shop, {
      slug: 'colour-consultation',
      start: '2026-12-02T09:00:00',
      end: '2026-12-02T09:15:00',
    });
    const page = await flatHtml(await getPage(url));
    expect(page).toContain('<h1>Book Free colour consultation</h1>');
    expect(page).toContain('<dt>Price</dt><dd>Free</dd>');
    expect(page).not.toContain('Test card');
    const back = landing(await submitBooking(url));
    expect(`${back.origin}${back.pathname}`).toBe(BOOKING_CALLBACKS.thankYouPageUrl);
    expect(back.searchParams.get('bookingId')).toMatch(GUID);
    expect(back.searchParams.has('orderId')).toBe(false);
    expect(back.searchParams.get('wixMemberLoggedIn')).toBe('false');
  });

  it('is single use', async () => {
    const again = await getPage(url);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('This booking link was already used');
    expect((await submitBooking(url)).status).toBe(410);
  });

  it('checks the form first, keeping what was typed', async () => {
    const fresh = await bookingUrl(shop, {
      slug: 'colour-consultation',
      start: '2026-12-02T09:30:00',
      end: '2026-12-02T09:45:00',
    });
    const res = await submitBooking(fresh, { ...GUEST, email: 'grace@', lastName: '' });
    expect(res.status).toBe(400);
    const page = await flatHtml(res);
    expect(page).toContain('<div class="error" role="alert"><p>Please check the form:</p>');
    expect(page).toContain('<li>Enter your last name.</li>');
    expect(page).toContain('value="grace@"');
    expect((await getPage(fresh)).status).toBe(200);
  });
});

describe('booking a paid service', () => {
  const shop = createBookingClient();
  const stranger = createBookingClient();

  it('creates an eCom order the buyer can read, and nobody else', async () => {
    const url = await bookingUrl(
      shop,
      haircutAt('2026-12-02T13:00:00', '2026-12-02T13:30:00', { staffId: staff('ben') }),
    );
    const back = landing(await openAndBook(url));
    const bookingId = back.searchParams.get('bookingId') ?? '';
    const orderId = back.searchParams.get('orderId') ?? '';
    expect(bookingId).toMatch(GUID);
    expect(orderId).toMatch(GUID);
    const order = await shop.orders.getOrder(orderId);
    expect(order).toMatchObject({
      _id: orderId,
      paymentStatus: 'PAID',
      currency: 'USD',
      buyerInfo: { email: GUEST.email },
      billingInfo: {
        contactDetails: { firstName: 'Grace', lastName: 'Hopper', phone: GUEST.phone },
      },
      priceSummary: { total: { amount: '45', formattedAmount: '$45.00' } },
    });
    expect(order.shippingInfo).toBeUndefined();
    const [line] = order.lineItems ?? [];
    expect(line).toMatchObject({
      productName: { original: 'Haircut' },
      catalogReference: { appId: WIX_BOOKINGS_APP_ID, catalogItemId: bookingId },
      quantity: 1,
      itemType: { preset: 'SERVICE' },
    });
    expect(line?.descriptionLines?.[0]?.plainText?.original).toBe(
      `Wednesday, December 2, 2026 at 1:00 PM (${NY})`,
    );
    expect(await refusal(stranger.orders.getOrder(orderId))).toEqual([404, 'ORDER_NOT_FOUND']);
  });

  it('keeps the booking order across a restart', async () => {
    const url = await bookingUrl(shop, {
      slug: 'hot-stone-massage',
      start: '2026-12-03T12:00:00',
      end: '2026-12-03T13:30:00',
    });
    const orderId = landing(await openAndBook(url)).searchParams.get('orderId') ?? '';
    const { dataDir, port } = emulator;
    await emulator.close();
    // Same port: the reroute installed for this file keeps pointing at it.
    emulator = await startEmulator({ port, dataDir, clock: () => NOW, log: false });
    const order = await shop.orders.getOrder(orderId);
    expect(order.lineItems?.[0]?.productName?.original).toBe('Hot stone massage');
    expect(order.priceSummary?.total?.formattedAmount).toBe('$110.00');
    expect((await getPage(url)).status).toBe(410);
  });

  it('books nothing when the card is declined, and the same link still works', async () => {
    const url = await bookingUrl(shop, {
      slug: 'deep-tissue-massage',
      start: '2026-12-02T09:00:00',
      end: '2026-12-02T10:00:00',
    });
    const declined = await openAndBook(url, 'declined');
    expect(declined.status).toBe(402);
    const page = await flatHtml(declined);
    expect(page).toContain('role="alert">Your card was declined. No booking was made.</p>');
    expect(page).toContain('value="declined" checked');
    expect((await getPage(url)).status).toBe(200);
    landing(await submitBooking(url));
  });

  it('lands on the emulator’s confirmation when the site gave no return address', async () => {
    const url = await bookingUrl(
      shop,
      { slug: 'deep-tissue-massage', start: '2026-12-02T11:00:00', end: '2026-12-02T12:00:00' },
      {},
    );
    const next = landing(await openAndBook(url));
    expect(next.pathname).toBe('/_wix/bookings-checkout/confirmed');
    const page = await flatHtml(await getPage(next));
    expect(page).toContain('<h1>Booking confirmed</h1>');
    expect(page).toContain('<dt>Staff</dt><dd>Clara Nakamura</dd>');
  });
});

describe('two shoppers racing for the last place', () => {
  it('gives one booking and one clear refusal', async () => {
    const [a, b] = [createBookingClient(), createBookingClient()];
    const slot = {
      slug: 'colour-consultation',
      start: '2026-12-02T11:00:00',
      end: '2026-12-02T11:15:00',
    };
    const urls = [await bookingUrl(a, slot), await bookingUrl(b, slot)];
    for (const url of urls) expect((await getPage(url)).status).toBe(200);
    const results = await Promise.all(urls.map((url) => submitBooking(url)));
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    const lost = results.find((r) => r.status === 409);
    expect(await flatHtml(lost as Response)).toContain(`<p role="alert">${RACE_MESSAGE}</p>`);
    // The loser's link is not used up, but the time stays taken.
    const loser = urls[results.indexOf(lost as Response)] ?? '';
    expect((await getPage(loser)).status).toBe(409);
  });

  it('refuses a chosen staff member who was booked meanwhile', async () => {
    const [a, b] = [createBookingClient(), createBookingClient()];
    const slot = haircutAt('2026-12-02T15:00:00', '2026-12-02T15:30:00', {
      staffId: staff('anna'),
    });
    const first = await bookingUrl(a, slot);
    const second = await bookingUrl(b, slot);
    expect((await getPage(second)).status).toBe(200);
    landing(await openAndBook(first));
    const res = await submitBooking(second);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain(RACE_MESSAGE);
  });
});

describe('booking a class', () => {
  const shop = createBookingClient();
  const yoga = service('yoga-flow');
  const startMs = Date.parse('2026-12-02T23:00:00Z'); // Wednesday 18:00 in New York
  const eventId = `${yoga.id}.${startMs}`;

  const placesLeft = async () => {
    const { timeSlots } = await shop.eventTimeSlots.listEventTimeSlots({
      fromLocalDate: '2026-12-02T00:00:00',
      toLocalDate: '2026-12-03T00:00:00',
      timeZone: NY,
      serviceIds: [yoga.id],
    });
    return timeSlots?.find((s) => s.eventInfo?.eventId === eventId)?.remainingCapacity;
  };

  it('takes one place: the count goes down by one', async () => {
    expect(await placesLeft()).toBe(8);
    const url = await bookingUrl(shop, {
      slug: 'yoga-flow',
      start: '2026-12-02T18:00:00',
      end: '2026-12-02T19:00:00',
      eventId,
    });
    const page = await flatHtml(await getPage(url));
    expect(page).toContain('<dt>Staff</dt><dd>Dana Wells</dd>');
    expect(page).toContain('<dt>Places</dt><dd>8 places left of 8</dd>');
    landing(await submitBooking(url));
    expect(await placesLeft()).toBe(7);
  });
});

describe('the booking page without a session', () => {
  it('explains instead of failing', async () => {
    const res = await getPage(`${emulator.publicUrl}/_wix/bookings-checkout?session=nope`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('This booking link has expired');
    const post = await postForm(`${emulator.publicUrl}/_wix/bookings-checkout/book`, GUEST);
    expect(post.status).toBe(400);
  });
});
