import { revalidateTag } from 'next/cache';
import { answerRevalidation } from '@/lib/catalog/revalidate-request';
import { getEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** A catalog change (Wix webhook-style body) refreshes the cached pages that show it. */
export function POST(request: Request) {
  return answerRevalidation(request, getEnv().revalidateSecret, revalidateTag);
}
