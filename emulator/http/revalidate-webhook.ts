import type { EmulatorContext } from '../context';

const TIMEOUT_MS = 5000;

export interface WebhookResult {
  url: string;
  status: number | null;
  error?: string;
}

/**
 * POSTs a change event to `--revalidate-url` (with `--revalidate-secret`), waiting up to 5 s; a
 * failure is one log line, never an exception. Null when no URL is configured.
 */
export async function postRevalidation(
  ctx: EmulatorContext,
  event: Record<string, unknown>,
): Promise<WebhookResult | null> {
  const target = ctx.config.revalidate;
  if (!target) return null;
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': target.secret },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok) ctx.config.log?.(`revalidate webhook ${target.url} answered ${res.status}`);
    return { url: target.url, status: res.status };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    (ctx.config.log ?? console.warn)(`revalidate webhook ${target.url} failed: ${message}`);
    return { url: target.url, status: null, error: message };
  }
}
