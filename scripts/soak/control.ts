import { isWixApi } from '../../emulator/http/latency';

// The soak's hand on the emulator: injected faults, the outage switch, and its counters.

async function post(emulator: string, path: string, body: object): Promise<void> {
  const response = await fetch(`${emulator}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
}

/** Each Wix API call fails with `status` with this probability; `rate` 0 clears the plan. */
export const setFaults = (emulator: string, rate: number, status: number) =>
  post(emulator, '/__emulator/faults', rate > 0 ? { rate, status } : {});

export const setOutage = (emulator: string, down: boolean) =>
  post(emulator, '/__emulator/outage', { down });

/** Wix API calls since the emulator started (hosted pages and media aside), and the injected faults. */
export async function wixCounters(emulator: string): Promise<{ calls: number; injected: number }> {
  const [stats, faults] = await Promise.all([
    fetch(`${emulator}/__emulator/stats`).then(
      (r) => r.json() as Promise<{ requests: { byPath: Record<string, number> } }>,
    ),
    fetch(`${emulator}/__emulator/faults`).then((r) => r.json() as Promise<{ injected: number }>),
  ]);
  const calls = Object.entries(stats.requests.byPath)
    .filter(([path]) => isWixApi(path))
    .reduce((sum, [, n]) => sum + n, 0);
  return { calls, injected: faults.injected };
}
