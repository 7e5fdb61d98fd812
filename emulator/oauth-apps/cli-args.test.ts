import { describe, expect, it } from 'vitest';
import { parseEmulatorArgs, UsageError } from '../cli/args';

const parse = (argv: string[]) => parseEmulatorArgs(argv, {}, '/repo');

describe('emulator flags for the OAuth Apps admin API', () => {
  it('passes --admin-api-key and --site-id through, and leaves them unset by default', () => {
    const parsed = parse(['--admin-api-key', 'IST.mine', '--site-id', 'site-1']);
    expect(parsed).toMatchObject({ options: { adminApiKey: 'IST.mine', siteId: 'site-1' } });
    const defaults = parse([]);
    expect(defaults.help === false && defaults.options.adminApiKey).toBeUndefined();
  });

  it('refuses empty or spaced values', () => {
    expect(() => parse(['--admin-api-key', ''])).toThrow(UsageError);
    expect(() => parse(['--site-id', 'a b'])).toThrow(/printable characters without spaces/);
  });
});
