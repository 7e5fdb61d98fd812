import { describe, expect, it } from 'vitest';
import { parseEmulatorArgs, UsageError } from './args';

const parse = (argv: string[]) => {
  const parsed = parseEmulatorArgs(argv, {}, '/repo');
  if (parsed.help) throw new Error('unexpected --help');
  return parsed.options;
};

describe('parseEmulatorArgs: Stores flags', () => {
  it('leaves catalog, latency and revalidation unset by default (v3, 0 ms, no webhook)', () => {
    const options = parse([]);
    expect(options.catalog).toBeUndefined();
    expect(options.latencyMs).toBeUndefined();
    expect(options.revalidateUrl).toBeUndefined();
  });

  it('reads --catalog, --latency and the revalidation pair', () => {
    const options = parse([
      '--catalog',
      'v1',
      '--latency',
      '150',
      '--revalidate-url',
      'http://localhost:3000/api/revalidate',
      '--revalidate-secret',
      's3cret',
    ]);
    expect(options).toMatchObject({
      catalog: 'v1',
      latencyMs: 150,
      revalidateUrl: 'http://localhost:3000/api/revalidate',
      revalidateSecret: 's3cret',
    });
  });

  it.each([
    [['--catalog', 'v2']],
    [['--latency', '-5']],
    [['--latency', 'slow']],
    [['--revalidate-url', 'not a url']],
    [['--revalidate-secret', 'x']],
  ])('refuses %j with a UsageError', (argv) => {
    expect(() => parse(argv)).toThrow(UsageError);
  });
});
