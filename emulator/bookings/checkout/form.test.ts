import { describe, expect, it } from 'vitest';
import { readBookingForm } from './form';

const complete = {
  firstName: ' Ada ',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  phone: '+44 20 7946 0958',
};

describe('booking form', () => {
  it('accepts a complete form and trims the values', () => {
    const { values, problems } = readBookingForm(complete);
    expect(problems).toEqual([]);
    expect(values).toEqual({ ...complete, firstName: 'Ada' });
  });

  it('lets the phone be left out, but not the name or email', () => {
    expect(readBookingForm({ ...complete, phone: '  ' }).problems).toEqual([]);
    expect(readBookingForm({}).problems).toEqual([
      'Enter your first name.',
      'Enter your last name.',
      'Enter your email.',
    ]);
  });

  it('names an email or phone that does not look like one, and a field too long', () => {
    expect(readBookingForm({ ...complete, email: 'ada@', phone: 'call me' }).problems).toEqual([
      'Enter an email address like name@example.com.',
      'Enter a phone number like +1 212 555 0100.',
    ]);
    expect(readBookingForm({ ...complete, lastName: 'x'.repeat(101) }).problems).toEqual([
      'Last name can be at most 100 characters.',
    ]);
  });
});
