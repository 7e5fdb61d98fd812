import { describe, expect, it } from 'vitest';
import { countryOf, readCheckoutForm } from './form';

const complete = {
  email: ' ada@example.com ',
  firstName: 'Ada',
  lastName: 'Lovelace',
  address: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'United Kingdom',
};

describe('checkout form', () => {
  it('accepts a complete form and trims the values', () => {
    const { values, problems } = readCheckoutForm(complete);
    expect(problems).toEqual([]);
    expect(values.email).toBe('ada@example.com');
  });

  it('names every missing field, and an email that does not look like one', () => {
    expect(readCheckoutForm({}).problems).toEqual([
      'Enter your email.',
      'Enter your first name.',
      'Enter your last name.',
      'Enter your address.',
      'Enter your city.',
      'Enter your postal code.',
      'Enter your country.',
    ]);
    expect(readCheckoutForm({ ...complete, email: 'ada@example' }).problems).toEqual([
      'Enter an email address like name@example.com.',
    ]);
    expect(readCheckoutForm({ ...complete, city: 'x'.repeat(51) }).problems).toEqual([
      'City can be at most 50 characters.',
    ]);
  });
});

describe('countryOf', () => {
  it('reads a two-letter code or an English country name', () => {
    expect(countryOf('us')).toEqual({ country: 'US', countryFullname: 'United States' });
    expect(countryOf(' germany ')).toEqual({ country: 'DE', countryFullname: 'Germany' });
    expect(countryOf('United Kingdom')).toEqual({
      country: 'GB',
      countryFullname: 'United Kingdom',
    });
    expect(countryOf('uk')).toEqual({ country: 'GB', countryFullname: 'United Kingdom' });
  });

  it('keeps an entry it does not know as the full name, without a code', () => {
    expect(countryOf('Atlantis')).toEqual({ country: null, countryFullname: 'Atlantis' });
    expect(countryOf('ZZ')).toEqual({ country: null, countryFullname: 'ZZ' });
  });
});
