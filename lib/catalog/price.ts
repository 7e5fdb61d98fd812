const formatters = new Map<string, Intl.NumberFormat>();

/** "$25.00": one formatter per currency, reused across renders. */
export function formatPrice(amount: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      // An unknown currency code from Wix should not take the page down.
      formatter = new Intl.NumberFormat(locale, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(amount);
}

/** Percentage saved, rounded down, or null when there is no real discount. */
export function discountPercent(price: number, compareAtPrice: number | null): number | null {
  if (!compareAtPrice || compareAtPrice <= price || compareAtPrice <= 0) return null;
  return Math.floor(((compareAtPrice - price) / compareAtPrice) * 100);
}

/** Parses Wix money (V3 sends strings, V1 numbers); NaN and junk become null. */
export function parseAmount(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const amount = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(amount) ? amount : null;
}
