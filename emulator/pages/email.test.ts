import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './email';

describe('isEmailAddress', () => {
  it('accepts ordinary addresses and refuses what is not one', () => {
    for (const ok of ['demo@example.com', 'a.b+c@mail.example.co.uk', 'ü@bücher.de']) {
      expect(isEmailAddress(ok), ok).toBe(true);
    }
    for (const bad of [
      '',
      'demo',
      'demo@',
      '@example.com',
      'demo@example',
      'a b@example.com',
      'a@b..c',
      'a@b.c.',
    ]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
    expect(isEmailAddress(`${'a'.repeat(250)}@example.com`)).toBe(false);
  });

  it('answers at once for very long input (no backtracking blow-up)', () => {
    // Shapes that make /^[^\s@]+@[^\s@]+\.[^\s@]+$/ quadratic.
    const long = `a@${'b'.repeat(200_000)}`;
    expect(isEmailAddress(long)).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(200_000)}@x`)).toBe(false);
  });
});
