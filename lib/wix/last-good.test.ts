import { describe, expect, it, vi } from 'vitest';
import { createLastGood } from './last-good';

vi.spyOn(console, 'warn').mockImplementation(() => {});
const down = () => Promise.reject(new Error('503 Wix is down'));

describe('createLastGood', () => {
  it('throws when Wix fails before it ever answered', async () => {
    const withLastGood = createLastGood();
    await expect(withLastGood('k', down)).rejects.toThrow('503');
  });

  it('serves the last answer while Wix fails, then fresh answers again', async () => {
    const withLastGood = createLastGood();
    expect(await withLastGood('k', async () => ['a'])).toEqual(['a']);
    expect(await withLastGood('k', down)).toEqual(['a']);
    expect(await withLastGood('other', async () => 1)).toBe(1);
    expect(await withLastGood('k', async () => ['b'])).toEqual(['b']);
    expect(await withLastGood('k', down)).toEqual(['b']);
  });

  it('forgets the oldest answers beyond its limit', async () => {
    const withLastGood = createLastGood(2);
    for (const key of ['a', 'b', 'c']) await withLastGood(key, async () => key);
    await expect(withLastGood('a', down)).rejects.toThrow();
    expect(await withLastGood('c', down)).toBe('c');
  });

  it('rethrows the errors it is told to', async () => {
    const withLastGood = createLastGood(10, (e) => e instanceof TypeError);
    await withLastGood('k', async () => 1);
    await expect(withLastGood('k', () => Promise.reject(new TypeError('x')))).rejects.toThrow('x');
  });
});
