import { describe, expect, it } from 'vitest';
import { createKnownSlugs, KNOWN_SLUGS_TTL_MS, type SlugList } from './known-slugs';

function setup(lists: Array<SlugList | Error>) {
  const clock = { now: 0 };
  let loads = 0;
  const known = createKnownSlugs({
    now: () => clock.now,
    load: async () => {
      const next = lists[Math.min(loads++, lists.length - 1)]!;
      if (next instanceof Error) throw next;
      return next;
    },
  });
  return { clock, known, loads: () => loads };
}

const catalog = (...slugs: string[]): SlugList => ({ slugs, complete: true });

describe('createKnownSlugs', () => {
  it('answers unknown slugs from one list, loaded once for the lifetime', async () => {
    const { clock, known, loads } = setup([catalog('mug', 'lamp')]);
    expect(await known.isUnknown('mug')).toBe(false);
    for (let i = 0; i < 100; i++) expect(await known.isUnknown(`random-${i}`)).toBe(true);
    clock.now = KNOWN_SLUGS_TTL_MS - 1;
    expect(await known.isUnknown('random-0')).toBe(true);
    expect(loads()).toBe(1);
  });

  it('a product new in Wix is found once the lifetime is over', async () => {
    const { clock, known, loads } = setup([catalog('mug'), catalog('mug', 'vase')]);
    expect(await known.isUnknown('vase')).toBe(true);
    clock.now = KNOWN_SLUGS_TTL_MS;
    expect(await known.isUnknown('vase')).toBe(false);
    expect(loads()).toBe(2);
  });

  it('a product new in Wix is found at once after forget() (a webhook)', async () => {
    const { known } = setup([catalog('mug'), catalog('mug', 'vase')]);
    expect(await known.isUnknown('vase')).toBe(true);
    known.forget();
    expect(await known.isUnknown('vase')).toBe(false);
  });

  it('a list asked for before forget() is used for that answer but not kept', async () => {
    const { known, loads } = setup([catalog('mug'), catalog('mug', 'vase')]);
    const early = known.isUnknown('vase');
    known.forget();
    expect(await early).toBe(true);
    expect(await known.isUnknown('vase')).toBe(false);
    expect(loads()).toBe(2);
  });

  it('concurrent questions share one load', async () => {
    const { known, loads } = setup([catalog('mug')]);
    await Promise.all(['a', 'b', 'c'].map((slug) => known.isUnknown(slug)));
    expect(loads()).toBe(1);
  });

  it('an incomplete list (a catalog larger than it) never says unknown', async () => {
    const { known } = setup([{ slugs: ['mug'], complete: false }]);
    expect(await known.isUnknown('beyond-the-list')).toBe(false);
  });

  it('when Wix fails, the older list keeps answering; with none, every slug is asked of Wix', async () => {
    const failing = setup([new Error('down')]);
    expect(await failing.known.isUnknown('mug')).toBe(false);

    const { clock, known, loads } = setup([catalog('mug'), new Error('down')]);
    await known.isUnknown('mug');
    clock.now = KNOWN_SLUGS_TTL_MS;
    expect(await known.isUnknown('random')).toBe(true);
    // The failed load is retried at the next question, not after another lifetime.
    await known.isUnknown('random');
    expect(loads()).toBe(3);
  });
});
