import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEmulatorArgs, UsageError } from './args';

const ROOT = '/repo';
const parse = (argv: string[], env: Record<string, string> = {}) =>
  parseEmulatorArgs(argv, env, ROOT);

describe('parseEmulatorArgs', () => {
  it('has the documented defaults', () => {
    expect(parse([])).toEqual({
      help: false,
      options: {
        port: 4010,
        host: '127.0.0.1',
        publicUrl: undefined,
        dataDir: path.join(ROOT, '.emulator-data', 'default'),
        reset: false,
        accessTokenTtl: 14400,
        siteOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
      },
    });
  });

  it('reads every flag, with repeated --site-origin and normalised origins', () => {
    const parsed = parse([
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--public-url',
      'http://emu.test:9000/',
      '--data-dir',
      'data',
      '--reset',
      '--access-token-ttl',
      '60',
      '--site-origin',
      'http://a.test:3000/',
      '--site-origin',
      'https://b.test',
    ]);
    expect(parsed).toEqual({
      help: false,
      options: {
        port: 0,
        host: '0.0.0.0',
        publicUrl: 'http://emu.test:9000',
        dataDir: path.resolve('data'),
        reset: true,
        accessTokenTtl: 60,
        siteOrigins: ['http://a.test:3000', 'https://b.test'],
      },
    });
  });

  it('takes the data dir from EMULATOR_DATA_DIR unless --data-dir is given', () => {
    const fromEnv = parse([], { EMULATOR_DATA_DIR: '/tmp/emu' });
    expect(fromEnv.help === false && fromEnv.options.dataDir).toBe('/tmp/emu');
    const fromFlag = parse(['--data-dir', '/tmp/flag'], { EMULATOR_DATA_DIR: '/tmp/emu' });
    expect(fromFlag.help === false && fromFlag.options.dataDir).toBe('/tmp/flag');
  });

  it('reads --cart-at-sign-in keep or move, unset by default (keep)', () => {
    const at = (argv: string[]) => {
      const parsed = parse(argv);
      return parsed.help ? null : parsed.options.cartAtSignIn;
    };
    expect(at([])).toBeUndefined();
    expect(at(['--cart-at-sign-in', 'move'])).toBe('move');
    expect(at(['--cart-at-sign-in', 'keep'])).toBe('keep');
    expect(() => parse(['--cart-at-sign-in', 'merge'])).toThrow(/keep or move/);
  });

  it('recognises --help', () => {
    expect(parse(['--help'])).toEqual({ help: true });
  });

  it.each([
    [['--bogus']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--port']],
    [['--access-token-ttl', '0']],
    [['--site-origin', 'localhost:3000']],
    [['--public-url', 'ftp://x']],
    [['positional']],
  ])('refuses %j with a one-line UsageError', (argv) => {
    expect(() => parse(argv)).toThrow(UsageError);
    try {
      parse(argv);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
