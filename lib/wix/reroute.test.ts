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
      installWixTransport(apiUrl, { deadlineMs: 30 });
      await expect(
        fetch('https://edge.wixapis.com/stores/v3/products/search'),
      ).rejects.toMatchObject({ name: 'TimeoutError' });
    }
  });

  it("keeps the caller's own abort and leaves other hosts without a deadline", async () => {
    globalThis.fetch = hanging as typeof fetch;
    installWixTransport(undefined, { deadlineMs: 10_000 });
    const caller = new AbortController();
    const call = fetch('https://www.wixapis.com/oauth2/token', { signal: caller.signal });
    caller.abort(new Error('the page went away'));
    await expect(call).rejects.toThrow('the page went away');
    void fetch('https://static.wixstatic.com/media/a.jpg');
    expect(hanging.mock.lastCall?.[1]?.signal).toBeUndefined();
  });
});

describe('installWixTransport: retries and circuit breakers', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  function install() {
    const base = vi.fn(async () => new Response('{}', { status: 503 }));
    globalThis.fetch = base as typeof fetch;
    installWixTransport(api, { sleep: async () => {}, log: () => {} });
    return base;
  }

  it.each<[string, RequestInit]>([
    ['a GET', {}],
    ['a query POST', { method: 'POST', body: '{"query":{}}' }],
  ])('sends %s to Wix twice when it fails', async (_, init) => {
    const base = install();
    const path = init.method ? '/_api/bookings/v2/services/query' : '/stores/v3/products/search';
    expect((await fetch(`https://www.wixapis.com${path}`, init)).status).toBe(503);
    expect(base).toHaveBeenCalledTimes(2);
  });

  it.each<[string, RequestInfo, RequestInit?]>([
    [
      'a change',
      'https://www.wixapis.com/ecom/v2/carts/current/add-line-items',
      { method: 'POST', body: '{}' },
    ],
    ['a token grant', 'https://www.wixapis.com/oauth2/token', { method: 'POST', body: '{}' }],
    [
      'a query whose body is a stream',
      'https://www.wixapis.com/categories/v1/categories/query',
      { method: 'POST', body: new Blob(['{}']).stream(), duplex: 'half' } as RequestInit,
    ],
    [
      'a Request with a body',
      new Request('https://www.wixapis.com/categories/v1/categories/query', {
        method: 'POST',
        body: '{}',
      }),
    ],
  ])('sends %s once', async (_, input, init) => {
    const base = install();
    expect((await fetch(input, init)).status).toBe(503);
    expect(base).toHaveBeenCalledTimes(1);
  });

  it('stops calling a failing Wix API, per API', async () => {
    const base = install();
    const change = { method: 'POST', body: '{}' };
    for (let i = 0; i < 5; i++)
      await fetch('https://www.wixapis.com/ecom/v2/carts/current/x', change);
    expect(base).toHaveBeenCalledTimes(5);
    const refused = await fetch('https://www.wixapis.com/ecom/v2/carts/current', change);
    expect(refused.status).toBe(503);
    expect(base).toHaveBeenCalledTimes(5);
    await fetch('https://www.wixapis.com/members/v1/members/my', change);
    expect(base).toHaveBeenCalledTimes(6);
  });
});
