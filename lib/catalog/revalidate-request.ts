import { timingSafeEqual } from 'node:crypto';
import { parseCatalogEvent, tagsForEvent } from './revalidation';

function secretMatches(given: string | null, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const json = (status: number, body: object) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Answers POST /api/revalidate: a Wix webhook-style change, with the shared secret, refreshes
 * the cache tags that show it (`revalidate` is Next's revalidateTag, passed in for tests).
 */
export async function answerRevalidation(
  request: Request,
  secret: string | null,
  revalidate: (tag: string) => void,
): Promise<Response> {
  if (!secret) return json(503, { error: 'Revalidation is disabled: set REVALIDATE_SECRET.' });
  if (!secretMatches(request.headers.get('x-revalidate-secret'), secret)) {
    return json(401, { error: 'Wrong or missing x-revalidate-secret header.' });
  }
  const event = parseCatalogEvent(await request.json().catch(() => null));
  if (!event) return json(400, { error: 'Expected a JSON body with an eventType.' });
  const tags = tagsForEvent(event);
  for (const tag of tags) revalidate(tag);
  return json(200, { revalidated: tags });
}
