import { describe, expect, it, vi } from 'vitest';
import { FAILURES_TO_OPEN, FIRST_PAUSE_MS } from './circuit-breaker';
import { createResilientSender, type WixCall } from './resilient-call';

const wixError = (status: number, headers: Record<string, string> = {}) =>
  new Response('{"message":"down"}', { status, headers });

function setup() {
  let now = 5_000_000;
  const lines: string[] = [];
  const pauses: number[] = [];
  const hooks: { duringPause?: () => Promise<unknown> } = {};
  const send = createResilientSender({
    now: () => now,
    random: () => 0.5,
    sleep: async (ms) => {
      pauses.push(ms);
      await hooks.duringPause?.();
    },
    log: (line) => lines.push(line),
  });
  /** One call; `answers` are what Wix answers each time it is reached. */
  const call = (answers: (Response | Error)[], options: Partial<WixCall> = {}) => {
    const wix = vi.fn(async () => {
      const next = answers.shift() ?? new Response('{}');
      if (next instanceof Error) throw next;
      return next;
    });
    const result = send({
      api: 'stores',
      retryable: true,
      signal: new AbortController().signal,
      send: wix,
      ...options,
    });
    return { result, wix };
  };
  return { call, lines, pauses, hooks, advance: (ms: number) => (now += ms) };
}

describe('createResilientSender', () => {
  it('sends a failed read once more after a jittered pause', async () => {
    const { call, pauses } = setup();
    const { result, wix } = call([wixError(503), new Response('{"ok":true}')]);
    expect(await (await result).json()).toEqual({ ok: true });
    expect(wix).toHaveBeenCalledTimes(2);
    expect(pauses).toEqual([200]);
  });

  it('retries a network error, and gives the second failure when that fails too', async () => {
    const { call } = setup();
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    const { result, wix } = call([reset, wixError(502)]);
    expect((await result).status).toBe(502);
    expect(wix).toHaveBeenCalledTimes(2);
  });

  it('waits the Retry-After Wix asks for, and does not retry when it asks too much', async () => {
    const { call, pauses } = setup();
    await call([wixError(429, { 'retry-after': '1' })]).result;
    expect(pauses).toEqual([1000]);
    const { result, wix } = call([wixError(429, { 'retry-after': '30' })]);
    expect((await result).status).toBe(429);
    expect(wix).toHaveBeenCalledTimes(1);
  });

  it('sends a change, and any answer Wix meant, exactly once', async () => {
    const { call } = setup();
    const change = call([wixError(503)], { retryable: false });
    expect((await change.result).status).toBe(503);
    expect(change.wix).toHaveBeenCalledTimes(1);
    const refused = call([wixError(404)]);
    expect((await refused.result).status).toBe(404);
    expect(refused.wix).toHaveBeenCalledTimes(1);
  });

  it('does not retry a call whose deadline or caller has given up', async () => {
    const { call, lines } = setup();
    const gone = new AbortController();
    gone.abort(new Error('the page went away'));
    const { result, wix } = call([new Error('aborted')], {
      signal: gone.signal,
      callerSignal: gone.signal,
    });
    await expect(result).rejects.toThrow('aborted');
    expect(wix).toHaveBeenCalledTimes(1);
    // A caller who left says nothing about Wix: many of them never open the circuit.
    for (let i = 0; i < FAILURES_TO_OPEN; i++) {
      await call([new Error('aborted')], {
        signal: gone.signal,
        callerSignal: gone.signal,
      }).result.catch(() => {});
    }
    expect(lines).toEqual([]);
  });

  it('opens the circuit after repeated failures and then answers 503 without calling Wix', async () => {
    const { call, lines, advance } = setup();
    const failing = () => Array.from({ length: 2 }, () => wixError(503));
    // A read that fails twice counts once.
    for (let i = 0; i < FAILURES_TO_OPEN - 1; i++) await call(failing()).result;
    expect(lines).toEqual([]);
    const last = call(failing());
    await last.result;
    expect(last.wix).toHaveBeenCalledTimes(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Wix stores API: circuit open after 5 failed calls in a row \(last: HTTP 503\)/,
    );

    const { result, wix } = call([new Response('{}')]);
    const answer = await result;
    expect(wix).not.toHaveBeenCalled();
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe(String(FIRST_PAUSE_MS / 1000));
    expect(await answer.json()).toMatchObject({
      message: expect.stringContaining('Wix stores API is unavailable'),
      details: { applicationError: { code: 'SERVICE_UNAVAILABLE' } },
    });
    // Another API is not affected.
    const ecom = call([new Response('{}')], { api: 'ecom' });
    expect((await ecom.result).status).toBe(200);

    advance(FIRST_PAUSE_MS);
    const probe = call([new Response('{"ok":true}')]);
    expect((await probe.result).status).toBe(200);
    expect(lines.slice(1)).toEqual([
      'Wix stores API: circuit half-open, one probe call goes through',
      'Wix stores API: probe answered, circuit closed after 5 s',
    ]);
  });

  it('does not send the retry when other calls opened the circuit meanwhile', async () => {
    const { call, hooks } = setup();
    for (let i = 0; i < FAILURES_TO_OPEN - 1; i++) {
      await call([wixError(500)], { retryable: false }).result;
    }
    hooks.duringPause = () => call([wixError(500)], { retryable: false }).result;
    const { result, wix } = call([wixError(503, { 'x-first': 'yes' }), new Response('{}')]);
    const answer = await result;
    expect(wix).toHaveBeenCalledTimes(1);
    expect(answer.headers.get('x-first')).toBe('yes');
    expect(await answer.json()).toEqual({ message: 'down' });
  });

  it('lets a failed probe through without a retry and logs why', async () => {
    const { call, lines, advance } = setup();
    for (let i = 0; i < FAILURES_TO_OPEN; i++)
      await call([wixError(500)], { retryable: false }).result;
    advance(FIRST_PAUSE_MS);
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    const { result, wix } = call([timeout, new Response('{}')]);
    await expect(result).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(wix).toHaveBeenCalledTimes(1);
    expect(lines.at(-1)).toBe(
      'Wix stores API: probe failed (no answer before the deadline), circuit open again for 10 s',
    );
  });
});
