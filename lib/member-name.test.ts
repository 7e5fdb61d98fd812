import { describe, expect, it } from 'vitest';
import {
  MEMBER_NAME_MAX_BYTES,
  MEMBER_NAME_MAX_CHARACTERS,
  shortenMemberName,
} from './member-name';

const characters = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
const jsonBytes = (text: string) => new TextEncoder().encode(JSON.stringify(text)).length - 2;

function expectBounded(name: string): string {
  const short = shortenMemberName(name);
  expect(characters(short)).toBeLessThanOrEqual(MEMBER_NAME_MAX_CHARACTERS);
  expect(jsonBytes(short)).toBeLessThanOrEqual(MEMBER_NAME_MAX_BYTES);
  return short;
}

describe('shortenMemberName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(shortenMemberName('Ada Lovelace')).toBe('Ada Lovelace');
    expect(shortenMemberName('a'.repeat(80))).toBe('a'.repeat(80));
  });

  it('cuts a long name to 80 characters ending in an ellipsis', () => {
    const short = expectBounded('a'.repeat(81));
    expect(short).toBe(`${'a'.repeat(79)}…`);
    expect(expectBounded('Ada '.repeat(5000))).toMatch(/^(Ada ){19}Ada…$/);
  });

  it('counts characters as people do: an emoji family or an accented letter is one', () => {
    const family = '👩‍👩‍👧‍👦';
    const short = expectBounded(family.repeat(100));
    expect(short.endsWith('…')).toBe(true);
    // Whole families only: no half sequence before the ellipsis.
    expect(short.slice(0, -1)).toBe(family.repeat((short.length - 1) / family.length));
    const accented = 'e\u0301';
    expect(shortenMemberName(accented.repeat(53))).toBe(accented.repeat(53));
    // Never a bare 'e' that has lost its accent before the ellipsis.
    expect(shortenMemberName(accented.repeat(100))).toBe(`${accented.repeat(52)}…`);
  });

  it('keeps the bytes bounded for scripts of three bytes a character', () => {
    const short = expectBounded('名'.repeat(200));
    expect(short).toBe(`${'名'.repeat(52)}…`);
    expect(jsonBytes(short)).toBe(159);
  });

  it('keeps the bytes bounded when quotes and backslashes are escaped', () => {
    expectBounded('"\\'.repeat(100));
  });

  it('survives one "character" of thousands of combining marks', () => {
    const zalgo = `Z${'\u0301'.repeat(5000)}`;
    const short = expectBounded(zalgo);
    expect(short.startsWith('Z\u0301')).toBe(true);
    expect(short.endsWith('…')).toBe(true);
  });

  it('drops control characters and lone surrogates, and folds whitespace', () => {
    expect(shortenMemberName(' Ada\u0000\n\tLovelace\u0007 ')).toBe('Ada Lovelace');
    expect(shortenMemberName('Ada\ud800 Lovelace')).toBe('Ada Lovelace');
    expect(shortenMemberName('\u0000\u0001')).toBe('');
  });
});
