import { describe, expect, it, vi } from 'vitest';
import { createCachedReads, WIX_READ_REVALIDATE_SECONDS } from './cached-read';

vi.spyOn(console, 'warn').mockImplementation(() => {});

const refused = Object.assign(new Error('401 token expired'), { status: 401 });
const down = Object.assign(new Error('503 Wix is down'), { status: 503 });

describe('createCachedReads', () => {
  it('starts a new grant and reads once more when Wix refuses the shared one (401)', async () => {
    const source = vi.fn(async () => 'client');
    const { read } = createCachedReads({ source, tag: 'services' });
    const work = vi.fn().mockRejectedValueOnce(refused).mockResolvedValueOnce(['haircut']);
    expect(await read('all', work)).toEqual(['haircut']);
    expect(work).toHaveBeenCalledTimes(2);
    expect(source).toHaveBeenCalledTimes(2);
  });

  it('serves the last answer for the same key while Wix is down, and throws without one', async () => {
    const { read } = createCachedReads({ source: async () => null, tag: 'services' });
    expect(await read('a', async () => 1)).toBe(1);
    expect(await read('a', () => Promise.reject(down))).toBe(1);
    await expect(read('b', () => Promise.reject(down))).rejects.toThrow('503');
  });

  it('never hides an error that is an answer behind an older answer', async () => {
    class Missing extends Error {}
    const { read } = createCachedReads({
      source: async () => null,
      tag: 'catalog',
      isAnswer: (error) => error instanceof Missing,
    });
    expect(await read('a', async () => 1)).toBe(1);
    await expect(read('a', () => Promise.reject(new Missing('gone')))).rejects.toThrow('gone');
  });

  it('tags every read with the domain tag and the common lifetime', () => {
    const { options } = createCachedReads({ source: async () => null, tag: 'services' });
    expect(options('service:haircut')).toEqual({
      tags: ['services', 'service:haircut'],
      revalidate: WIX_READ_REVALIDATE_SECONDS,
    });
  });
});
