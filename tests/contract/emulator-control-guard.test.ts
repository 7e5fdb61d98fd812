import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';

/** A raw request, so the Host header can be what a DNS-rebinding page would send. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe("the emulator's control endpoints", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('answer only under their own host names', async () => {
    const port = new URL(emulator.url).port;
    const rebound = await send(`${emulator.url}/__emulator/health`, {
      headers: { host: `evil.example:${port}` },
    });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('dataDir');
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      expect((await send(`${emulator.url}/__emulator/health`, { headers: { host } })).status).toBe(
        200,
      );
    }
  });

  it('take changes only as JSON, which a cross-site form cannot send', async () => {
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded']) {
      const res = await fetch(`${emulator.url}/__emulator/outage`, {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: type ? '{"down":true}' : null,
      });
      expect(res.status, String(type)).toBe(415);
    }
    const stats = await fetch(`${emulator.url}/__emulator/stats/reset`, { method: 'POST' });
    expect(stats.status).toBe(415);
    const health = await fetch(`${emulator.url}/__emulator/health`);
    expect(health.status).toBe(200);
  });

  it('refuse bodies over 1 MB on every route, before reading them', async () => {
    const res = await fetch(`${emulator.url}/_api/bookings/v2/services/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: { filter: { name: 'x'.repeat(1024 * 1024) } } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      details: { applicationError: { code: 'PAYLOAD_TOO_LARGE' } },
    });
  });
});
