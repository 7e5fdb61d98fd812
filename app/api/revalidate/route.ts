import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { getEnv } from '@/lib/env';
import { parseCatalogEvent, tagsForEvent } from '@/lib/catalog/revalidation';

export const dynamic = 'force-dynamic';

function secretMatches(given: string | null, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const json = (status: number, body: object) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/** A catalog change (Wix webhook-style body) refreshes the cached pages that show it. */
export async function POST(request: Request) {
  const secret = getEnv().revalidateSecret;
  if (!secret) return json(503, { error: 'Revalidation is disabled: set REVALIDATE_SECRET.' });
  if (!secretMatches(request.headers.get('x-revalidate-secret'), secret)) {
    return json(401, { error: 'Wrong or missing x-revalidate-secret header.' });
  }
  const event = parseCatalogEvent(await request.json().catch(() => null));
  if (!event) return json(400, { error: 'Expected a JSON body with an eventType.' });
  const tags = tagsForEvent(event);
  for (const tag of tags) revalidateTag(tag);
  return json(200, { revalidated: tags });
}
