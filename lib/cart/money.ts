/** Wix money as it arrives: decimal strings, sometimes with Wix's own formatted copy. */
export type WixMoney = {
  amount?: string | null;
  convertedAmount?: string | null;
  formattedAmount?: string | null;
  formattedConvertedAmount?: string | null;
};

const DECIMAL = /^\d{1,15}(\.\d{1,3})?$/;
const CURRENCY = /^[A-Z]{3}$/;

/** A placeholder for an amount Wix did not state (never a made-up figure). */
export const UNKNOWN_AMOUNT = '—';

/**
 * The shopper-facing text of a Wix amount: Wix's formatted copy when it sends one, else its exact
 * decimal string formatted for the currency (Intl formats the string itself: no floating point).
 */
export function formatWixMoney(money: WixMoney | null | undefined, currency: string): string {
  if (!money) return UNKNOWN_AMOUNT;
  const formatted = money.formattedConvertedAmount || money.formattedAmount;
  if (formatted) return formatted;
  const amount = money.convertedAmount || money.amount;
  if (!amount || !DECIMAL.test(amount)) return UNKNOWN_AMOUNT;
  const code = CURRENCY.test(currency) ? currency : 'USD';
  // Intl.NumberFormat accepts decimal strings exactly (ES2023), typed here as a string literal.
  const exact = amount as Intl.StringNumericLiteral;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).format(exact);
}

/** True for "0", "0.00" and missing amounts: nothing to show as a discount. */
export function isZeroMoney(money: WixMoney | null | undefined): boolean {
  const amount = money?.convertedAmount || money?.amount;
  return !amount || /^0*(\.0*)?$/.test(amount);
}
