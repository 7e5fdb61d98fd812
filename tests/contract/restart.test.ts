import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/emulator/server';
import { StateCorruptError } from '@/emulator/store/store';
import { createWixClient, loginAsDemo, startTestEmulator, tempDataDir } from './helpers';

let emulator: RunningEmulator;
afterAll(() => emulator.close());

describe('state survives a restart', () => {
  it('keeps access and refresh tokens working on the same data dir', async () => {
    emulator = await startTestEmulator();
    const client = createWixClient();
    const { tokens } = await loginAsDemo(client);
    const visitor = await createWixClient().auth.generateVisitorTokens();
    await emulator.close();

    // Same port: the reroute installed for this file keeps pointing at it.
    emulator = await startEmulator({ port: emulator.port, dataDir: emulator.dataDir, log: false });
    const { member } = await client.members.getCurrentMember();
    expect(member?.profile?.nickname).toBe('Demo Member');
    const renewed = await client.auth.renewToken(tokens.refreshToken);
    expect(renewed.accessToken.value).toMatch(/^OauthNG\.JWS\./);
    await expect(createWixClient().auth.renewToken(visitor.refreshToken)).resolves.toBeTruthy();
  });

  it('reseeds with reset, invalidating old tokens', async () => {
    const client = createWixClient();
    const { tokens } = await loginAsDemo(client);
    await emulator.close();
    emulator = await startEmulator({
      port: emulator.port,
      dataDir: emulator.dataDir,
      log: false,
      reset: true,
    });
    await expect(client.auth.renewToken(tokens.refreshToken)).rejects.toThrow(/invalid_grant/);
  });

  it('refuses a corrupt state file with a message naming --reset', async () => {
    const dataDir = await tempDataDir();
    await writeFile(path.join(dataDir, 'state.json'), '{"version":1,');
    await expect(startEmulator({ port: 0, dataDir, log: false })).rejects.toThrow(
      StateCorruptError,
    );
    await expect(startEmulator({ port: 0, dataDir, log: false })).rejects.toThrow(/--reset/);
  });
});
