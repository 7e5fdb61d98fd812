import type { services } from '@wix/bookings';
import type { Service, ServicePrice, StaffMember } from './booking-types';
import { toProductImage } from './media';

// A Wix Services V2 `Service` (as the SDK returns it) in our own shape.

type SdkService = services.Service;
type Money = { value?: string; currency?: string; formattedValue?: string | null };

const formatters = new Map<string, Intl.NumberFormat>();

/** Wix's own formatted amount when it sends one; otherwise en-US currency formatting. */
function formatMoney(money: Money | undefined): string | null {
  if (money?.formattedValue) return money.formattedValue;
  const amount = Number(money?.value);
  if (!money?.value || !Number.isFinite(amount) || !money.currency) return null;
  let formatter = formatters.get(money.currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency });
    formatters.set(money.currency, formatter);
  }
  return formatter.format(amount);
}

export function reshapeServicePrice(payment: SdkService['payment']): ServicePrice {
  switch (payment?.rateType) {
    case 'FIXED': {
      const formatted = formatMoney(payment.fixed?.price);
      return formatted ? { kind: 'fixed', formatted } : { kind: 'free', formatted: 'Free' };
    }
    case 'VARIED': {
      const from = formatMoney(payment.varied?.minPrice ?? payment.varied?.defaultPrice);
      return { kind: 'varied', formatted: from ? `From ${from}` : 'Price varies' };
    }
    case 'CUSTOM':
      // Wix's words for a price it cannot state ("Depends on the length").
      return { kind: 'fixed', formatted: payment.custom?.description || 'Price on request' };
    default:
      return { kind: 'free', formatted: 'Free' };
  }
}

function staffOf(service: SdkService): StaffMember[] {
  return (service.staffMemberDetails?.staffMembers ?? []).flatMap((s) =>
    s.staffMemberId && s.name ? [{ id: s.staffMemberId, name: s.name }] : [],
  );
}

function locationOf(service: SdkService): Service['location'] {
  const business = service.locations?.find((l) => l.type === 'BUSINESS')?.business;
  if (!business?._id) return null;
  const address = business.address?.formatted ?? null;
  return { id: business._id, name: business.name ?? '', address: address || null };
}

function durationOf(service: SdkService): number | null {
  const constraints = service.schedule?.availabilityConstraints;
  return constraints?.durations?.[0]?.minutes ?? constraints?.sessionDurations?.[0] ?? null;
}

/** Null for what the shop does not sell online: courses, and services without an id or slug. */
export function reshapeService(service: SdkService, businessTimeZone: string): Service | null {
  const type =
    service.type === 'APPOINTMENT' ? 'appointment' : service.type === 'CLASS' ? 'class' : null;
  const slug = service.mainSlug?.name;
  if (!type || !service._id || !slug || !service.name) return null;
  const category = service.category?._id
    ? {
        id: service.category._id,
        name: service.category.name ?? '',
        sortOrder: service.category.sortOrder ?? 0,
      }
    : null;
  return {
    id: service._id,
    slug,
    name: service.name,
    type,
    tagLine: service.tagLine || null,
    description: service.description || null,
    category,
    image: toProductImage(service.media?.mainMedia?.image, service.name),
    durationMinutes: durationOf(service),
    price: reshapeServicePrice(service.payment),
    capacity: service.defaultCapacity ?? 1,
    staff: staffOf(service),
    scheduleId: service.schedule?._id ?? null,
    location: locationOf(service),
    businessTimeZone,
  };
}

/** Shown to shoppers: not hidden, bookable online. */
export const isOffered = (service: SdkService) =>
  service.hidden !== true && service.onlineBooking?.enabled !== false;

/** Category order, then the service's order in its category, then name; uncategorized last. */
export function compareServices(a: SdkService, b: SdkService): number {
  const last = Number.POSITIVE_INFINITY;
  const byCategory = (a.category?.sortOrder ?? last) - (b.category?.sortOrder ?? last);
  if (byCategory) return byCategory;
  const byOrder = (a.sortOrder ?? last) - (b.sortOrder ?? last);
  if (byOrder) return byOrder;
  return (a.name ?? '').localeCompare(b.name ?? '', 'en');
}
