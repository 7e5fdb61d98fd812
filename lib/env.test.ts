import { describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID } from '../emulator/defaults';
import { DEV_REVALIDATE_SECRET, EnvError, parseEnv } from './env';

const secret = 'a'.repeat(32);
const real = { WIX_CLIENT_ID: 'abcd1234-real-client', SESSION_SECRET: secret };

function message(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (e) {
    expect(e).toBeInstanceOf(EnvError);
    return (e as Error).message;
  }
  throw new Error('expected parseEnv to throw');
}

describe('parseEnv', () => {
  it('uses the emulator client id and a dev secret when only WIX_API_URL is set', () => {
    const env = parseEnv({ WIX_API_URL: 'http://127.0.0.1:4010/' });
    expect(env).toMatchObject({
      emulator: true,
      wixClientId: EMULATOR_CLIENT_ID,
      wixApiUrl: 'http://127.0.0.1:4010',
      siteUrl: 'http://localhost:3000',
    });
    expect(env.sessionSecrets[0]!.length).toBeGreaterThanOrEqual(32);
  });

  it('accepts a real client id with a session secret', () => {
    expect(parseEnv(real)).toMatchObject({ emulator: false, wixApiUrl: undefined });
  });

  it('refuses a real client id without SESSION_SECRET', () => {
    expect(message({ WIX_CLIENT_ID: real.WIX_CLIENT_ID })).toMatch(/^SESSION_SECRET is required/);
  });

  it('asks for WIX_CLIENT_ID when neither it nor WIX_API_URL is set', () => {
    expect(message({})).toMatch(/^WIX_CLIENT_ID is not set/);
  });

  it('names the short secret and keeps the message on one line', () => {
    const text = message({ ...real, SESSION_SECRET: `${secret},short` });
    expect(text).toMatch(/^SESSION_SECRET entry 2 is 5 characters/);
    expect(text).not.toContain('\n');
  });

  it('splits rotated secrets newest first', () => {
    const older = 'b'.repeat(40);
    expect(parseEnv({ ...real, SESSION_SECRET: ` ${secret} , ${older} ` }).sessionSecrets).toEqual([
      secret,
      older,
    ]);
  });

  it.each([
    ['ftp://shop.example', /^SITE_URL must be an http\(s\) origin/],
    ['not a url', /^SITE_URL must be an http\(s\) origin/],
    ['https://shop.example/store', /^SITE_URL must be an origin without path/],
    ['https://shop.example/?x=1', /^SITE_URL must be an origin without path/],
  ])('rejects SITE_URL %s', (value, pattern) => {
    expect(message({ ...real, SITE_URL: value })).toMatch(pattern);
  });

  it('normalises SITE_URL to its origin', () => {
    expect(parseEnv({ ...real, SITE_URL: 'https://Shop.Example/' }).siteUrl).toBe(
      'https://shop.example',
    );
  });

  it('rejects a WIX_API_URL that is not http(s)', () => {
    expect(message({ WIX_API_URL: 'localhost:4010' })).toMatch(
      /^WIX_API_URL must be an http\(s\) URL/,
    );
  });

  it('rejects a client id with odd characters', () => {
    expect(message({ ...real, WIX_CLIENT_ID: 'x y<z>' })).toMatch(/^WIX_CLIENT_ID does not look/);
  });

  it('uses a dev revalidation secret only with the emulator', () => {
    expect(parseEnv({ WIX_API_URL: 'http://127.0.0.1:4010' }).revalidateSecret).toMatch(
      /^dev-only/,
    );
    expect(parseEnv(real).revalidateSecret).toBeNull();
    expect(parseEnv({ ...real, REVALIDATE_SECRET: 'r'.repeat(20) }).revalidateSecret).toBe(
      'r'.repeat(20),
    );
    expect(message({ ...real, REVALIDATE_SECRET: 'short' })).toMatch(
      /^REVALIDATE_SECRET is 5 characters/,
    );
  });

  it("refuses the emulator's published secrets and a plain-http Wix address with a real client id", () => {
    expect(
      message({
        ...real,
        SESSION_SECRET: 'dev-only-secret-for-the-local-wix-emulator-do-not-deploy',
      }),
    ).toMatch(/^SESSION_SECRET is the emulator's published development secret/);
    expect(message({ ...real, REVALIDATE_SECRET: DEV_REVALIDATE_SECRET })).toMatch(
      /^REVALIDATE_SECRET is the emulator's published development secret/,
    );
    expect(message({ ...real, WIX_API_URL: 'http://proxy.example.com' })).toMatch(
      /^WIX_API_URL must use https \(or a loopback address\)/,
    );
    expect(parseEnv({ ...real, WIX_API_URL: 'http://127.0.0.1:4010' }).wixApiUrl).toBe(
      'http://127.0.0.1:4010',
    );
    expect(parseEnv({ ...real, WIX_API_URL: 'https://proxy.example.com' }).wixApiUrl).toBe(
      'https://proxy.example.com',
    );
    // The emulator itself may be anywhere.
    expect(parseEnv({ WIX_API_URL: 'http://emulator.internal:4010' }).emulator).toBe(true);
  });

  it('ends member sessions after 30 days, or 7 idle, unless told otherwise', () => {
    const day = 24 * 3600;
    expect(parseEnv(real).sessionLimits).toEqual({ maxAgeSeconds: 30 * day, idleSeconds: 7 * day });
    expect(
      parseEnv({ ...real, SESSION_MAX_AGE_DAYS: ' 90 ', SESSION_IDLE_DAYS: '14' }).sessionLimits,
    ).toEqual({ maxAgeSeconds: 90 * day, idleSeconds: 14 * day });
    // A lifetime shorter than a week caps the default idle timeout.
    expect(parseEnv({ ...real, SESSION_MAX_AGE_DAYS: '3' }).sessionLimits.idleSeconds).toBe(
      3 * day,
    );
  });

  it.each([
    [
      'SESSION_MAX_AGE_DAYS',
      '0',
      /^SESSION_MAX_AGE_DAYS must be a whole number of days from 1 to 365, got "0"$/,
    ],
    [
      'SESSION_MAX_AGE_DAYS',
      '366',
      /^SESSION_MAX_AGE_DAYS must be a whole number of days from 1 to 365/,
    ],
    ['SESSION_MAX_AGE_DAYS', '1.5', /^SESSION_MAX_AGE_DAYS must be a whole number/],
    ['SESSION_MAX_AGE_DAYS', '30d', /^SESSION_MAX_AGE_DAYS must be a whole number/],
    ['SESSION_IDLE_DAYS', '-1', /^SESSION_IDLE_DAYS must be a whole number of days from 1 to 30/],
    ['SESSION_IDLE_DAYS', '31', /^SESSION_IDLE_DAYS must be a whole number of days from 1 to 30/],
  ])('rejects %s=%s in one line', (name, value, pattern) => {
    const text = message({ ...real, [name]: value });
    expect(text).toMatch(pattern);
    expect(text).not.toContain('\n');
  });

  it('refuses an idle timeout longer than the lifetime', () => {
    expect(message({ ...real, SESSION_MAX_AGE_DAYS: '5', SESSION_IDLE_DAYS: '10' })).toBe(
      'SESSION_IDLE_DAYS (10) cannot be longer than SESSION_MAX_AGE_DAYS (5)',
    );
  });
});
