import { cookies } from 'next/headers';
import { isMember, readSession, type SessionSummary } from '@/lib/session';

export const dynamic = 'force-dynamic';

/** The header island's view of the visitor; tokens never leave the server. */
export async function GET() {
  const session = await readSession(await cookies());
  const body: SessionSummary = {
    member: isMember(session) ? { name: session?.memberName ?? 'Your account' } : null,
  };
  return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
}
