import { readFormFields, type FormField } from '../../pages/form-fields';

// The hosted booking page's contact fields; the phone may be left out.

export type BookingField = FormField<'firstName' | 'lastName' | 'email' | 'phone'>;

export const BOOKING_FIELDS: readonly BookingField[] = [
  { name: 'firstName', label: 'First name', autocomplete: 'given-name', maxLength: 100 },
  { name: 'lastName', label: 'Last name', autocomplete: 'family-name', maxLength: 100 },
  { name: 'email', label: 'Email', autocomplete: 'email', maxLength: 254, type: 'email' },
  {
    name: 'phone',
    label: 'Phone',
    autocomplete: 'tel',
    maxLength: 50,
    type: 'tel',
    optional: true,
  },
];

export type BookingValues = Record<BookingField['name'], string>;

export const readBookingForm = (form: Readonly<Record<string, string>>) =>
  readFormFields(BOOKING_FIELDS, form);
