/** Money is held as integer cents; the wire carries decimal strings such as "12.5". */
export type Cents = number;

/** A catalog price (a number with at most two decimals) in cents. */
export const toCents = (amount: number): Cents => Math.round(amount * 100);

export const sumCents = (values: readonly Cents[]): Cents => values.reduce((a, b) => a + b, 0);

/** `percent`% of an amount, rounded half up to the cent, in integer arithmetic. */
export const percentOf = (cents: Cents, percent: number): Cents =>
  Math.floor((cents * percent + 50) / 100);

/** 1250 → "12.5", 4000 → "40", 5 → "0.05": Wix's decimal strings carry no trailing zeros. */
export function decimalString(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "$12.50" for USD; other currencies get their own symbol. */
export function formatMoney(cents: Cents, currency: string): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter.format(Math.round(cents) / 100);
}

/** Wix's MultiCurrencyPrice (cart V1, and V2's ConvertedMoney plus the formatted copies). */
export function multiCurrency(cents: Cents, currency: string) {
  const amount = decimalString(cents);
  const formatted = formatMoney(cents, currency);
  return {
    amount,
    convertedAmount: amount,
    formattedAmount: formatted,
    formattedConvertedAmount: formatted,
  };
}

/** Order money is `{amount, formattedAmount}`, not MultiCurrencyPrice. */
export const orderPrice = (cents: Cents, currency: string) => ({
  amount: decimalString(cents),
  formattedAmount: formatMoney(cents, currency),
});
