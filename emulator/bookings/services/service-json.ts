import { WIX_BOOKINGS_APP_ID } from '../../../lib/wix-app-ids';
import { seedGuid } from '../../stores/build-catalog';
import { IMAGE_SIZE, mediaUrl } from '../../stores/media-json';
import type { BookingsState, Service } from '../model';
import { decimalString, formatMoney } from '../../ecom/money';

// A Services V2 `Service` as the wire carries it (the SDK then renames `id` → `_id`, turns the
// image objects into `wix:image://` strings, addresses into `{formatted, addressLine1}` and
// `urls.*` into plain strings).

const image = (mediaId: string, altText: string) => ({
  image: {
    id: mediaId,
    url: mediaUrl(mediaId),
    width: IMAGE_SIZE,
    height: IMAGE_SIZE,
    altText,
    filename: mediaId,
  },
});

function payment(service: Service, currency: string) {
  const { rateType, priceCents, maxPriceCents } = service.payment;
  const money = (cents: number) => ({
    value: decimalString(cents),
    currency,
    formattedValue: formatMoney(cents, currency),
  });
  const options = {
    online: rateType !== 'NO_FEE',
    inPerson: false,
    deposit: false,
    pricingPlan: false,
  };
  if (rateType === 'FIXED') return { rateType, fixed: { price: money(priceCents) }, options };
  if (rateType === 'VARIED') {
    const max = maxPriceCents ?? priceCents;
    return {
      rateType,
      varied: {
        defaultPrice: money(priceCents),
        minPrice: money(priceCents),
        maxPrice: money(max),
      },
      options,
    };
  }
  return { rateType, options };
}

/** The business location as Services V2 writes it (`BUSINESS` type, an address). */
export function businessLocation(business: BookingsState['business']) {
  const { id, name, formattedAddress } = business.location;
  const [street, city, rest] = formattedAddress.split(',').map((s) => s.trim());
  const [state, postalCode] = (rest ?? '').split(' ');
  const address = {
    formattedAddress,
    addressLine: street,
    city,
    subdivision: state ? `US-${state}` : undefined,
    country: 'US',
    postalCode,
  };
  return {
    type: 'BUSINESS',
    business: { id, name, default: true, address },
    calculatedAddress: address,
  };
}

function bookingPolicy(service: Service) {
  return {
    id: seedGuid('booking-policy:default'),
    name: 'Default policy',
    default: true,
    createdDate: service.createdDate,
    updatedDate: service.createdDate,
    customPolicyDescription: { enabled: false, description: '' },
    limitEarlyBookingPolicy: {
      enabled: true,
      earliestBookingInMinutes: service.horizonDays * 24 * 60,
    },
    limitLateBookingPolicy: { enabled: true, latestBookingInMinutes: service.leadTimeMinutes },
    bookAfterStartPolicy: { enabled: false },
    cancellationPolicy: {
      enabled: true,
      limitLatestCancellation: true,
      latestCancellationInMinutes: service.cancellationWindowHours * 60,
      allowAnonymous: false,
    },
    reschedulePolicy: {
      enabled: false,
      limitLatestReschedule: false,
      latestRescheduleInMinutes: 0,
    },
    waitlistPolicy: { enabled: false, capacity: 0, reservationTimeInMinutes: 0 },
    participantsPolicy: { maxParticipantsPerBooking: 1 },
    resourcesPolicy: { enabled: false, autoAssignAllowed: true },
    cancellationFeePolicy: { enabled: false, cancellationWindows: [] },
    saveCreditCardPolicy: { enabled: false },
  };
}

export interface ServiceJsonOptions {
  publicUrl: string;
  /** `conditionalFields: ["STAFF_MEMBER_DETAILS"]`. */
  staffDetails: boolean;
}

export function toServiceJson(state: BookingsState, service: Service, options: ServiceJsonOptions) {
  const category = state.categories.find((c) => c.id === service.categoryId);
  const media = service.mediaId ? image(service.mediaId, service.name) : null;
  const slug = { name: service.slug, custom: false, createdDate: service.createdDate };
  const page = (path: string) => ({
    relativePath: `/${path}/${service.slug}`,
    url: `${options.publicUrl}/${path}/${service.slug}`,
  });
  const staffMembers = service.staffIds.flatMap((id) => {
    const member = state.staff[id];
    if (!member) return [];
    return [
      {
        staffMemberId: id,
        name: member.name,
        ...(member.mediaId ? { mainMedia: image(member.mediaId, member.name) } : {}),
      },
    ];
  });
  return {
    id: service.id,
    appId: WIX_BOOKINGS_APP_ID,
    createdByAppId: WIX_BOOKINGS_APP_ID,
    type: service.type,
    sortOrder: service.sortOrder,
    name: service.name,
    description: service.description,
    tagLine: service.tagLine,
    defaultCapacity: service.capacity,
    media: media ? { items: [media], mainMedia: media, coverMedia: media } : { items: [] },
    hidden: service.hidden,
    category: category
      ? { id: category.id, name: category.name, sortOrder: category.sortOrder }
      : undefined,
    form: { id: seedGuid('form:booking') },
    payment: payment(service, state.business.currency),
    onlineBooking: {
      enabled: service.onlineBookingEnabled,
      requireManualApproval: false,
      allowMultipleRequests: false,
    },
    conferencing: { enabled: false },
    locations: [businessLocation(state.business)],
    bookingPolicy: bookingPolicy(service),
    schedule: {
      id: service.scheduleId,
      availabilityConstraints: {
        durations: [{ minutes: service.durationMinutes }],
        sessionDurations: [service.durationMinutes],
        timeBetweenSessions: service.bufferMinutes,
      },
    },
    staffMemberIds: service.staffIds,
    ...(options.staffDetails ? { staffMemberDetails: { staffMembers } } : {}),
    supportedSlugs: [slug],
    mainSlug: slug,
    urls: {
      servicePage: page('service-page'),
      bookingPage: page('booking-calendar'),
      calendarPage: page('booking-calendar'),
    },
    createdDate: service.createdDate,
    updatedDate: service.updatedDate,
    revision: String(service.revision),
  };
}

export type ServiceJson = ReturnType<typeof toServiceJson>;
