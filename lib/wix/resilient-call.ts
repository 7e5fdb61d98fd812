import { warn } from '../server-log';
import { createBreakers, type CircuitBreaker, type Permit } from './circuit-breaker';
import { isRetryableStatus, retryDelay } from './retry-policy';

export interface ResilienceOptions {
  now?: () => number;
  random?: () => number;
  /** Waits `ms`, rejecting when `signal` aborts first. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  log?: (line: string) => void;
}

export interface WixCall {
  /** Which Wix API answers it: one circuit breaker each. */
  api: string;
  /** A read whose body can be sent again: it may be sent twice. */
  retryable: boolean;
  /** The caller's signal and the deadline together. */
  signal: AbortSignal;
  /** The caller's own signal: a caller who gave up says nothing about Wix. */
  callerSignal?: AbortSignal | null;
  send: () => Promise<Response>;
}

type Outcome = { response: Response } | { error: unknown };

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Why a call failed, for the breaker's log line: a status or an error code, never a URL. */
function describeFailure(outcome: Outcome): string {
  if ('response' in outcome) return `HTTP ${outcome.response.status}`;
  const error = outcome.error as { name?: unknown; cause?: { code?: unknown } } | null;
  if (error?.name === 'TimeoutError') return 'no answer before the deadline';
  const code = error?.cause?.code;
  return `network error ${typeof code === 'string' ? code : String(error?.name ?? 'unknown')}`;
}

/** What the SDK gets while a circuit is open: Wix's 503 shape, so every page treats it as down. */
function circuitOpenAnswer(api: string, waitMs: number): Response {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  const message = `Wix ${api} API is unavailable: calls paused after repeated failures`;
  const body = {
    message,
    details: { applicationError: { code: 'SERVICE_UNAVAILABLE', description: message, data: {} } },
  };
  return new Response(JSON.stringify(body), {
    status: 503,
    statusText: 'Service Unavailable',
    headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) },
  });
}

const settle = (outcome: Outcome): Response => {
  if ('response' in outcome) return outcome.response;
  throw outcome.error;
};

/**
 * Sends Wix calls through a circuit breaker per Wix API, and sends a failed read once more
 * after a short, jittered pause (or the `Retry-After` Wix asked for, when short). Changes are
 * sent exactly once: Wix may have made one even when its answer got lost.
 */
export function createResilientSender(options: ResilienceOptions = {}) {
  const { now = Date.now, random = Math.random, sleep = abortableSleep, log = warn } = options;
  const breakerOf = createBreakers({ now, log });

  async function attempt(call: WixCall): Promise<Outcome> {
    try {
      return { response: await call.send() };
    } catch (error) {
      return { error };
    }
  }

  function record(breaker: CircuitBreaker, permit: Permit, outcome: Outcome, call: WixCall) {
    if ('response' in outcome && !isRetryableStatus(outcome.response.status)) {
      breaker.succeeded(permit);
    } else if ('error' in outcome && call.callerSignal?.aborted) {
      breaker.released(permit);
    } else {
      breaker.failed(permit, describeFailure(outcome));
    }
  }

  /** The pause before sending `call` again, or null. A probe is never sent twice. */
  function pauseBeforeRetry(call: WixCall, permit: Permit, first: Outcome): number | null {
    if (permit.probe || !call.retryable || call.signal.aborted) return null;
    const failure =
      'response' in first
        ? { status: first.response.status, retryAfter: first.response.headers.get('retry-after') }
        : { networkError: true as const };
    return retryDelay(failure, now(), random);
  }

  return async function send(call: WixCall): Promise<Response> {
    const breaker = breakerOf(call.api);
    const gate = breaker.request();
    if (!gate.permit) return circuitOpenAnswer(call.api, gate.waitMs);
    const first = await attempt(call);
    const delay = pauseBeforeRetry(call, gate.permit, first);
    // A read that is sent again counts once for the breaker: by how its second try ends.
    const giveUp = () => {
      record(breaker, gate.permit, first, call);
      return settle(first);
    };
    if (delay === null) return giveUp();
    try {
      await sleep(delay, call.signal);
    } catch {
      return giveUp();
    }
    const again = breaker.request();
    // Other calls opened the circuit meanwhile: the caller gets this failure, not a second call.
    if (!again.permit) return giveUp();
    if ('response' in first) await first.response.body?.cancel().catch(() => {});
    const second = await attempt(call);
    record(breaker, again.permit, second, call);
    return settle(second);
  };
}
