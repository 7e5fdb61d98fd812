/** Five failed calls in a row is an outage rather than a blip (a read counts once, after its retry). */
export const FAILURES_TO_OPEN = 5;
/** The first pause is short, so the shop is back within seconds of Wix. */
export const FIRST_PAUSE_MS = 5_000;
/** Each failed probe doubles the pause up to this: the shop is back within 30 s of Wix, and a long outage costs Wix two calls a minute per API. */
export const MAX_PAUSE_MS = 30_000;

export type BreakerState = 'closed' | 'open' | 'half-open';

/** Leave to make one call; hand it back with exactly one of `succeeded`, `failed`, `released`. */
export interface Permit {
  readonly probe: boolean;
}

export type Gate = { permit: Permit } | { permit: null; waitMs: number };

export interface CircuitBreaker {
  /** A permit, or (while open, or while the one probe is out) how long until the next probe. */
  request(): Gate;
  /** Wix answered. */
  succeeded(permit: Permit): void;
  /** Wix failed; `why` goes into the log line and must not hold URLs or tokens. */
  failed(permit: Permit, why: string): void;
  /** The caller gave up before Wix answered: no verdict on Wix. */
  released(permit: Permit): void;
  state(): BreakerState;
}

export interface BreakerOptions {
  now?: () => number;
  log: (line: string) => void;
  failuresToOpen?: number;
  firstPauseMs?: number;
  maxPauseMs?: number;
}

const seconds = (ms: number) => `${Math.max(1, Math.round(ms / 1000))} s`;

/**
 * Closed: calls go through, consecutive failures are counted. Open: calls are refused at once
 * for a pause. Half-open: the first call after the pause is a probe and the only one let
 * through; its success closes the circuit, its failure opens it for twice as long.
 * Answers of calls made before the circuit opened are ignored: only the probe decides.
 */
export function createCircuitBreaker(api: string, options: BreakerOptions): CircuitBreaker {
  const { now = Date.now, log } = options;
  const failuresToOpen = options.failuresToOpen ?? FAILURES_TO_OPEN;
  const firstPauseMs = options.firstPauseMs ?? FIRST_PAUSE_MS;
  const maxPauseMs = options.maxPauseMs ?? MAX_PAUSE_MS;
  let state: BreakerState = 'closed';
  let failures = 0;
  let pauseMs = firstPauseMs;
  let openUntil = 0;
  let openedAt = 0;
  let probe: Permit | null = null;
  const regular: Permit = Object.freeze({ probe: false });

  const open = (ms: number, line: string) => {
    state = 'open';
    pauseMs = ms;
    openUntil = now() + ms;
    probe = null;
    log(line);
  };

  return {
    request() {
      if (state === 'closed') return { permit: regular };
      if (state === 'open' && now() >= openUntil) {
        state = 'half-open';
        log(`Wix ${api} API: circuit half-open, one probe call goes through`);
      }
      if (state === 'half-open' && probe === null) {
        probe = { probe: true };
        return { permit: probe };
      }
      return { permit: null, waitMs: Math.max(0, openUntil - now()) };
    },
    succeeded(permit) {
      if (state === 'closed') failures = 0;
      if (permit !== probe) return;
      log(`Wix ${api} API: probe answered, circuit closed after ${seconds(now() - openedAt)}`);
      state = 'closed';
      failures = 0;
      probe = null;
      pauseMs = firstPauseMs;
    },
    failed(permit, why) {
      if (state === 'closed') {
        failures++;
        if (failures < failuresToOpen) return;
        openedAt = now();
        open(
          firstPauseMs,
          `Wix ${api} API: circuit open after ${failures} failed calls in a row (last: ${why}); its calls fail at once for ${seconds(firstPauseMs)}`,
        );
        return;
      }
      if (permit !== probe) return;
      const next = Math.min(pauseMs * 2, maxPauseMs);
      open(next, `Wix ${api} API: probe failed (${why}), circuit open again for ${seconds(next)}`);
    },
    released(permit) {
      // The probe's slot is free again: the next call probes instead.
      if (permit === probe) probe = null;
    },
    state: () => state,
  };
}

/** One breaker per Wix API, made on first use. */
export function createBreakers(options: BreakerOptions) {
  const breakers = new Map<string, CircuitBreaker>();
  return (api: string): CircuitBreaker => {
    let breaker = breakers.get(api);
    if (!breaker) {
      breaker = createCircuitBreaker(api, options);
      breakers.set(api, breaker);
    }
    return breaker;
  };
}
