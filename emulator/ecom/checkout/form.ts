import { readFormFields, type FormField } from '../../pages/form-fields';
import type { PostalAddress } from '../model';

// The hosted checkout's form: its fields, their checks, and the country an entry names.

export type CheckoutField = FormField<
  'email' | 'firstName' | 'lastName' | 'address' | 'city' | 'postalCode' | 'country'
>;

export const CHECKOUT_FIELDS: readonly CheckoutField[] = [
  { name: 'email', label: 'Email', autocomplete: 'email', maxLength: 254, type: 'email' },
  { name: 'firstName', label: 'First name', autocomplete: 'given-name', maxLength: 100 },
  { name: 'lastName', label: 'Last name', autocomplete: 'family-name', maxLength: 100 },
  { name: 'address', label: 'Address', autocomplete: 'street-address', maxLength: 150 },
  { name: 'city', label: 'City', autocomplete: 'address-level2', maxLength: 50 },
  { name: 'postalCode', label: 'Postal code', autocomplete: 'postal-code', maxLength: 50 },
  { name: 'country', label: 'Country', autocomplete: 'country-name', maxLength: 100 },
];

export type CheckoutValues = Record<CheckoutField['name'], string>;

/** The entered values (trimmed, kept for the page) and what is wrong with them. */
export const readCheckoutForm = (form: Readonly<Record<string, string>>) =>
  readFormFields(CHECKOUT_FIELDS, form);

let namesToCodes: Map<string, string> | null = null;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function regionName(code: string): string | null {
  const name = regionNames.of(code);
  return name && name !== code && name !== 'Unknown Region' ? name : null;
}

/** Wix wants current ISO codes: UK → GB, DD → DE (Intl knows the replacements). */
const canonicalRegion = (code: string) => Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4);

function codesByName(): Map<string, string> {
  if (!namesToCodes) {
    namesToCodes = new Map();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = regionName(code)?.toLowerCase();
        if (name && canonicalRegion(code) === code) namesToCodes.set(name, code);
      }
    }
  }
  return namesToCodes;
}

/** "gb", "UK" or "united kingdom" → GB / United Kingdom; anything else is kept as typed. */
export function countryOf(entry: string): Pick<PostalAddress, 'country' | 'countryFullname'> {
  const text = entry.trim();
  const asCode = /^[A-Za-z]{2}$/.test(text) ? regionName(text.toUpperCase()) : null;
  const name = asCode ?? text;
  const code = codesByName().get(name.toLowerCase());
  const fullName = code ? regionName(code) : null;
  return code && fullName
    ? { country: code, countryFullname: fullName }
    : { country: null, countryFullname: text };
}
