import { afterEach, describe, expect, it, vi } from 'vitest';
import { installWixReroute, installWixTransport, rerouteWixUrl } from './reroute';

const api = 'http://127.0.0.1:4010';

describe('rerouteWixUrl', () => {
  it.each([
    ['https://www.wixapis.com/oauth2/token', `${api}/oauth2/token`],
    [
      'https://edge.wixapis.com/members/v1/members/my?fieldsets=FULL',
      `${api}/members/v1/members/my?fieldsets=FULL`,
    ],
  ])('sends %s to the emulator', (url, expected) => {
    expect(rerouteWixUrl(url, api)).toBe(expected);
  });

  it('keeps a base path of the target', () => {
    expect(rerouteWixUrl('https://www.wixapis.com/oauth2/token', 'http://h:1/wix/')).toBe(
      'http://h:1/wix/oauth2/token',
    );
  });

  it.each([
    'https://static.wixstatic.com/media/a.jpg',
    'http://www.wixapis.com/oauth2/token',
    'https://wixapis.com.evil.example/x',
    'not a url',
  ])('leaves %s alone', (url) => {
    expect(rerouteWixUrl(url, api)).toBeNull();
  });
});

describe('installWixReroute', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('rewrites Wix calls, passes others through, and reinstalls after a reset', async () => {
    const seen: string[] = [];
    const base = vi.fn(async (input: RequestInfo | URL) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response('{}');
    });
    globalThis.fetch = base as typeof fetch;
    installWixReroute(api);
    installWixReroute(api);
    await fetch('https://www.wixapis.com/oauth2/token', { method: 'POST' });
    await fetch(new Request('https://edge.wixapis.com/x?y=1'));
    await fetch('https://example.com/');
    expect(seen).toEqual([`${api}/oauth2/token`, `${api}/x?y=1`, 'https://example.com/']);
    expect(base).toHaveBeenCalledTimes(3);

    // What `next dev` does on a recompile: the original fetch comes back.
    globalThis.fetch = base as typeof fetch;
    installWixReroute(api);
    await fetch('https://www.wixapis.com/a');
    expect(seen.at(-1)).toBe(`${api}/a`);
  });

  it('refuses to point an installed reroute somewhere else', () => {
    globalThis.fetch = (async () => new Response('{}')) as typeof fetch;
    installWixReroute(api);
    expect(() => installWixReroute('http://127.0.0.1:9999')).toThrow(/already points/);
  });
});

describe('installWixTransport', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  /** A fetch that never answers until its signal aborts (a hung Wix). */
  const hanging = vi.fn(
    (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );

  it('aborts a Wix call that outlives its deadline, on real Wix as on the emulator', async () => {
    for (const apiUrl of [undefined, api]) {
      globalThis.fetch = hanging as typeof fetch;
      installWixTransport(apiUrl, 30);
      await expect(
        fetch('https://edge.wixapis.com/stores/v3/products/search'),
      ).rejects.toMatchObject({ name: 'TimeoutError' });
    }
  });

  it("keeps the caller's own abort and leaves other hosts without a deadline", async () => {
    globalThis.fetch = hanging as typeof fetch;
    installWixTransport(undefined, 10_000);
    const caller = new AbortController();
    const call = fetch('https://www.wixapis.com/oauth2/token', { signal: caller.signal });
    caller.abort(new Error('the page went away'));
    await expect(call).rejects.toThrow('the page went away');
    void fetch('https://static.wixstatic.com/media/a.jpg');
    expect(hanging.mock.lastCall?.[1]?.signal).toBeUndefined();
  });
});
