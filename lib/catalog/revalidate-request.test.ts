import { describe, expect, it } from 'vitest';
import { answerRevalidation } from './revalidate-request';

const SECRET = 'a-revalidation-secret';

function post(body: string, secret?: string) {
  return new Request('http://shop.test/api/revalidate', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret ? { 'x-revalidate-secret': secret } : {}),
    },
    body,
  });
}

async function answer(request: Request, secret: string | null = SECRET) {
  const tags: string[] = [];
  const response = await answerRevalidation(request, secret, (tag) => tags.push(tag));
  return {
    status: response.status,
    body: await response.json(),
    tags,
    cache: response.headers.get('cache-control'),
  };
}

const change = JSON.stringify({
  eventType: 'wix.stores.catalog.v3.product_updated',
  slug: 'brass-reading-lamp',
});

describe('answerRevalidation', () => {
  it('refreshes the tags of a change sent with the secret', async () => {
    expect(await answer(post(change, SECRET))).toEqual({
      status: 200,
      body: { revalidated: ['catalog:product:brass-reading-lamp', 'catalog:products'] },
      tags: ['catalog:product:brass-reading-lamp', 'catalog:products'],
      cache: 'no-store',
    });
  });

  it('refuses a missing or wrong secret with 401 and refreshes nothing', async () => {
    for (const secret of [undefined, 'wrong', `${SECRET}x`]) {
      const result = await answer(post(change, secret));
      expect(result.status, String(secret)).toBe(401);
      expect(result.tags).toEqual([]);
    }
  });

  it('refuses a body that is not a change with 400', async () => {
    for (const body of [
      'not json',
      '{}',
      '{"eventType":""}',
      JSON.stringify({ eventType: 'x', slug: '../etc' }),
    ]) {
      const result = await answer(post(body, SECRET));
      expect(result.status, body).toBe(400);
      expect(result.tags).toEqual([]);
    }
  });

  it('answers 503 when no secret is configured', async () => {
    const result = await answer(post(change, SECRET), null);
    expect(result.status).toBe(503);
    expect(result.body.error).toMatch(/REVALIDATE_SECRET/);
  });
});
