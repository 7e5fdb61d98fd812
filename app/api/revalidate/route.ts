import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { answerRevalidation } from '@/lib/catalog/revalidate-request';
import { getEnv } from '@/lib/env';
import { forgetProductSlugs } from '@/lib/wix/catalog';

export const dynamic = 'force-dynamic';

/** A catalog change (Wix webhook-style body) refreshes the cached pages that show it. */
export async function POST(request: Request) {
  const response = await answerRevalidation(request, getEnv().revalidateSecret, revalidateTag);
  // Once the tags apply, unknown slugs are looked up again: a new product is found at once.
  if (response.ok) after(forgetProductSlugs);
  return response;
}
