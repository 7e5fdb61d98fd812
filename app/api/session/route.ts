import { cookies } from 'next/headers';
import { readSession, summarizeSession } from '@/lib/session';

export const dynamic = 'force-dynamic';

/** The header island's view of the visitor, from the cookie alone: no Wix call, never tokens. */
export async function GET() {
  const body = summarizeSession(await readSession(await cookies()));
  return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
}
