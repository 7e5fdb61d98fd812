import type { EmulatorContext } from '../../context';
import { refusedCallback } from '../../redirects/callbacks';
import { findRedirectSession } from '../../redirects/sessions';
import type { DomainIntent, RedirectSession } from '../../store/schema';
import type { Service } from '../model';
import { BOOKINGS_CHECKOUT, bookingPayloadSchema, type BookingPayload } from './intent';

/** The return addresses the page uses, each already checked against the app's domains. */
export interface BookingCallbacks {
  thankYouPageUrl?: string;
  postFlowUrl?: string;
  /** "Back": bookingsServiceListUrl, else postFlowUrl. */
  backUrl?: string;
}

export interface OpenBooking {
  session: RedirectSession;
  intent: DomainIntent;
  payload: BookingPayload;
  service: Service;
  callbacks: BookingCallbacks;
}

export type BookingSessionState =
  | { kind: 'expired' }
  | { kind: 'not-allowed'; address: string | null }
  | ({ kind: 'used' | 'open' } & OpenBooking);

const USED_CALLBACKS = ['thankYouPageUrl', 'postFlowUrl', 'bookingsServiceListUrl'] as const;

/** The booking behind a session id, its return addresses checked now: unknown, refused, used or open. */
export function openBooking(
  ctx: EmulatorContext,
  sessionId: string | undefined,
): BookingSessionState {
  const session = findRedirectSession(ctx, sessionId);
  const intent = session?.intent;
  const payload = bookingPayloadSchema.safeParse(intent?.payload);
  if (!session || !intent || intent.name !== BOOKINGS_CHECKOUT || !payload.success) {
    return { kind: 'expired' };
  }
  const { services } = ctx.store.state.bookings;
  const service = Object.hasOwn(services, payload.data.serviceId)
    ? services[payload.data.serviceId]
    : undefined;
  if (!service) return { kind: 'expired' };
  const refused = refusedCallback(ctx, intent, USED_CALLBACKS);
  if (refused) return { kind: 'not-allowed', ...refused };
  const { thankYouPageUrl, postFlowUrl, bookingsServiceListUrl } = intent.callbacks;
  const callbacks = {
    thankYouPageUrl,
    postFlowUrl,
    backUrl: bookingsServiceListUrl ?? postFlowUrl,
  };
  const kind = intent.usedAt === null ? 'open' : 'used';
  return { kind, session, intent, payload: payload.data, service, callbacks };
}
