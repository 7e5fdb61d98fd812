import { formatMoney } from '../../ecom/money';
import type { Service } from '../model';

/** "Tuesday, December 8, 2026 at 10:00 AM" on the wall clock of `zone`. */
export function formatWhen(ms: number, zone: string): string {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    dateStyle: 'full',
    timeStyle: 'short',
  });
  // ICU puts a narrow no-break space before AM/PM; a plain space reads and matches the same.
  return formatter.format(ms).replace(/\u202f/g, ' ');
}

/** 30 → "30 min", 90 → "1 h 30 min", 60 → "1 h". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** What the booking costs: a varied price is charged at its default (lowest) price. */
export const priceCents = (service: Service): number =>
  service.payment.rateType === 'NO_FEE' ? 0 : service.payment.priceCents;

export const priceText = (service: Service, currency: string): string =>
  priceCents(service) === 0 ? 'Free' : formatMoney(priceCents(service), currency);
