import { describe, expect, it } from 'vitest';
import {
  createBreakers,
  createCircuitBreaker,
  FAILURES_TO_OPEN,
  FIRST_PAUSE_MS,
  MAX_PAUSE_MS,
  type CircuitBreaker,
} from './circuit-breaker';

function setup() {
  let now = 1_000_000;
  const lines: string[] = [];
  const breaker = createCircuitBreaker('stores', { now: () => now, log: (l) => lines.push(l) });
  const advance = (ms: number) => (now += ms);
  return { breaker, lines, advance };
}

/** Makes one call that fails, with whatever permit the breaker hands out. */
function fail(breaker: CircuitBreaker, why = 'HTTP 503') {
  const gate = breaker.request();
  if (!gate.permit) throw new Error('expected a permit');
  breaker.failed(gate.permit, why);
}

function openIt(breaker: CircuitBreaker) {
  for (let i = 0; i < FAILURES_TO_OPEN; i++) fail(breaker);
}

describe('createCircuitBreaker', () => {
  it('stays closed through fewer failures in a row than the threshold', () => {
    const { breaker, lines } = setup();
    for (let i = 0; i < FAILURES_TO_OPEN - 1; i++) fail(breaker);
    const gate = breaker.request();
    expect(gate.permit).not.toBeNull();
    breaker.succeeded(gate.permit!);
    // The success reset the count: another run of threshold-1 failures keeps it closed.
    for (let i = 0; i < FAILURES_TO_OPEN - 1; i++) fail(breaker);
    expect(breaker.state()).toBe('closed');
    expect(lines).toEqual([]);
  });

  it('opens after the threshold, refuses calls for the pause and logs once', () => {
    const { breaker, lines, advance } = setup();
    openIt(breaker);
    expect(breaker.state()).toBe('open');
    expect(lines).toEqual([
      `Wix stores API: circuit open after ${FAILURES_TO_OPEN} failed calls in a row (last: HTTP 503); its calls fail at once for 5 s`,
    ]);
    advance(FIRST_PAUSE_MS - 1);
    expect(breaker.request()).toEqual({ permit: null, waitMs: 1 });
    expect(lines).toHaveLength(1);
  });

  it('lets exactly one probe through after the pause; its success closes the circuit', () => {
    const { breaker, lines, advance } = setup();
    openIt(breaker);
    advance(FIRST_PAUSE_MS);
    const probe = breaker.request();
    expect(probe.permit?.probe).toBe(true);
    expect(breaker.state()).toBe('half-open');
    expect(breaker.request().permit).toBeNull();
    advance(2_000);
    breaker.succeeded(probe.permit!);
    expect(breaker.state()).toBe('closed');
    expect(breaker.request().permit?.probe).toBe(false);
    expect(lines.slice(1)).toEqual([
      'Wix stores API: circuit half-open, one probe call goes through',
      'Wix stores API: probe answered, circuit closed after 7 s',
    ]);
  });

  it('doubles the pause after each failed probe, up to its maximum', () => {
    const { breaker, lines, advance } = setup();
    openIt(breaker);
    const pauses = [];
    let pause = FIRST_PAUSE_MS;
    for (let i = 0; i < 6; i++) {
      advance(pause);
      fail(breaker, 'no answer before the deadline');
      const gate = breaker.request();
      if (gate.permit) throw new Error('expected the circuit open');
      pause = gate.waitMs;
      pauses.push(pause);
    }
    expect(pauses).toEqual([
      10_000,
      20_000,
      MAX_PAUSE_MS,
      MAX_PAUSE_MS,
      MAX_PAUSE_MS,
      MAX_PAUSE_MS,
    ]);
    expect(lines.at(-1)).toBe(
      'Wix stores API: probe failed (no answer before the deadline), circuit open again for 30 s',
    );
    // One line per change: opened, then half-open + open again per probe.
    expect(lines).toHaveLength(1 + 2 * 6);
    // Once closed, the next outage starts over at the first pause.
    advance(MAX_PAUSE_MS);
    breaker.succeeded(breaker.request().permit!);
    openIt(breaker);
    expect(breaker.request()).toEqual({ permit: null, waitMs: FIRST_PAUSE_MS });
  });

  it('ignores answers of calls made before it opened: only the probe decides', () => {
    const { breaker, advance } = setup();
    const early = breaker.request().permit!;
    const late = breaker.request().permit!;
    openIt(breaker);
    breaker.succeeded(early);
    expect(breaker.state()).toBe('open');
    advance(FIRST_PAUSE_MS);
    const probe = breaker.request().permit!;
    breaker.failed(late, 'HTTP 500');
    expect(breaker.state()).toBe('half-open');
    breaker.succeeded(probe);
    expect(breaker.state()).toBe('closed');
  });

  it('frees the probe when its caller gives up, so the next call probes', () => {
    const { breaker, lines, advance } = setup();
    openIt(breaker);
    advance(FIRST_PAUSE_MS);
    breaker.released(breaker.request().permit!);
    expect(breaker.state()).toBe('half-open');
    const next = breaker.request();
    expect(next.permit?.probe).toBe(true);
    expect(lines).toHaveLength(2);
  });
});

describe('createBreakers', () => {
  it('keeps one breaker per Wix API', () => {
    const breakerOf = createBreakers({ now: () => 0, log: () => {} });
    openIt(breakerOf('stores'));
    expect(breakerOf('stores').state()).toBe('open');
    expect(breakerOf('ecom').state()).toBe('closed');
  });
});
