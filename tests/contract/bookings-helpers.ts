import { createClient, OAuthStrategy } from '@wix/sdk';
import { availabilityTimeSlots, bookings, eventTimeSlots, extendedBookings } from '@wix/bookings';
import { orders } from '@wix/ecom';
import { members } from '@wix/members';
import { redirects } from '@wix/redirects';
import { expect } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import { seedGuid } from '@/emulator/stores/build-catalog';
import { getPage, postForm, type WixClient } from './helpers';

/** A shopper's client for booking: redirects, time slots, their bookings and orders. */
export const createBookingClient = () =>
  createClient({
    modules: {
      redirects,
      members,
      orders,
      extendedBookings,
      bookings,
      availabilityTimeSlots,
      eventTimeSlots,
    },
    auth: OAuthStrategy({ clientId: EMULATOR_CLIENT_ID }),
  });

export type BookingClient = ReturnType<typeof createBookingClient>;

export const NY = 'America/New_York';
export const SHOP = 'http://localhost:3000';
export const BOOKING_CALLBACKS = {
  thankYouPageUrl: `${SHOP}/booking-confirmed`,
  postFlowUrl: `${SHOP}/services`,
  bookingsServiceListUrl: `${SHOP}/services/haircut`,
};
export const service = (slug: string) => ({
  id: seedGuid(`service:${slug}`),
  scheduleId: seedGuid(`schedule:${slug}`),
});
export const staff = (key: string) => seedGuid(`staff:${key}`);
export const LOCATION = {
  _id: seedGuid('location:main'),
  name: 'Soho Studio',
  locationType: 'OWNER_BUSINESS' as const,
};

export interface SlotChoice {
  slug: string;
  /** Zone-less local time in New York, or an ISO instant. */
  start: string;
  end: string;
  staffId?: string;
  eventId?: string;
  /** The shopper's zone (bookingsCheckout.timezone). */
  timezone?: string;
}

/** The storefront's hand-off: a bookingsCheckout redirect session for one slot. */
export async function bookingUrl(
  client: BookingClient,
  choice: SlotChoice,
  callbacks: Record<string, string> = BOOKING_CALLBACKS,
): Promise<string> {
  const { id, scheduleId } = service(choice.slug);
  const { redirectSession } = await client.redirects.createRedirectSession({
    bookingsCheckout: {
      slotAvailability: {
        slot: {
          serviceId: id,
          scheduleId,
          startDate: choice.start,
          endDate: choice.end,
          timezone: NY,
          ...(choice.eventId ? { eventId: choice.eventId } : {}),
          ...(choice.staffId ? { resource: { _id: choice.staffId, name: 'Staff' } } : {}),
          location: LOCATION,
        },
        bookable: true,
      },
      timezone: choice.timezone ?? 'Europe/London',
    },
    callbacks,
  });
  expect(redirectSession?.fullUrl).toMatch(/\/_wix\/bookings-checkout\?session=/);
  return redirectSession?.fullUrl ?? '';
}

export const GUEST = {
  firstName: 'Grace',
  lastName: 'Hopper',
  email: 'grace@example.com',
  phone: '+1 212 555 0100',
};

/** Submits the booking page's form as a shopper would (no redirect followed). */
export function submitBooking(
  pageUrl: string,
  fields: Record<string, string> = GUEST,
  payment: 'success' | 'declined' = 'success',
) {
  const session = new URL(pageUrl).searchParams.get('session') ?? '';
  return postForm(new URL('/_wix/bookings-checkout/book', pageUrl), {
    session,
    ...fields,
    payment,
  });
}

/** Opens the booking page (must be 200), then books. */
export async function openAndBook(pageUrl: string, payment: 'success' | 'declined' = 'success') {
  const page = await getPage(pageUrl);
  expect(page.status).toBe(200);
  return submitBooking(pageUrl, GUEST, payment);
}

/** Query params of a 303 to the storefront's thank-you page. */
export function landing(res: Response): URL {
  expect(res.status).toBe(303);
  return new URL(res.headers.get('location') ?? '');
}

/** Signs a new member up on the hosted login page and gives the client their tokens. */
export async function signUpMember(client: WixClient, name: string, email: string) {
  const oauthData = client.auth.generateOAuthData('http://localhost:3000/auth/callback');
  const { authUrl } = await client.auth.getAuthUrl(oauthData, { responseMode: 'query' });
  const session = new URL(authUrl).searchParams.get('session') ?? '';
  const res = await postForm(new URL('/_wix/login/sign-up', authUrl), {
    session,
    name,
    email,
    password: 'booking-password',
  });
  expect(res.status).toBe(303);
  const { code, state } = client.auth.parseFromUrl(res.headers.get('location') ?? '', 'query');
  client.auth.setTokens(await client.auth.getMemberTokens(code ?? '', state ?? '', oauthData));
}
