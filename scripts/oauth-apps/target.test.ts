import { describe, expect, it } from 'vitest';
import { EMULATOR_ADMIN_API_KEY, EMULATOR_SITE_ID } from '../../emulator/oauth-apps/defaults';
import { UsageError } from './args';
import { resolveTarget } from './target';

describe('resolveTarget', () => {
  it('uses the local emulator with its defaults when nothing is set', () => {
    expect(resolveTarget({})).toEqual({
      kind: 'emulator',
      url: 'http://127.0.0.1:4010',
      apiKey: EMULATOR_ADMIN_API_KEY,
      siteId: EMULATOR_SITE_ID,
    });
  });

  it('uses real Wix with both WIX_API_KEY and WIX_SITE_ID', () => {
    expect(resolveTarget({ WIX_API_KEY: 'k', WIX_SITE_ID: 's' })).toEqual({
      kind: 'wix',
      apiKey: 'k',
      siteId: 's',
    });
  });

  it('sends WIX_API_KEY / WIX_SITE_ID to the emulator when EMULATOR_URL is set', () => {
    expect(resolveTarget({ EMULATOR_URL: 'http://h:1/', WIX_API_KEY: 'k' })).toEqual({
      kind: 'emulator',
      url: 'http://h:1',
      apiKey: 'k',
      siteId: EMULATOR_SITE_ID,
    });
  });

  it('refuses half a Wix configuration and a bad EMULATOR_URL', () => {
    expect(() => resolveTarget({ WIX_API_KEY: 'k' })).toThrow(UsageError);
    expect(() => resolveTarget({ EMULATOR_URL: 'localhost:4010' })).toThrow(/http\(s\) URL/);
  });
});
