import { describe, expect, it } from 'vitest';
import { parseTokenRequest } from './token-request';

describe('parseTokenRequest', () => {
  it('reads the SDK camelCase JSON body', () => {
    const body = JSON.stringify({ clientId: 'c', grantType: 'refresh_token', refreshToken: 'r' });
    expect(parseTokenRequest(body, 'application/json')).toEqual({
      clientId: 'c',
      grantType: 'refresh_token',
      refreshToken: 'r',
    });
  });

  it('reads snake_case JSON and form bodies', () => {
    const fields = {
      grant_type: 'authorization_code',
      client_id: 'c',
      code: 'k',
      redirect_uri: 'u',
      code_verifier: 'v',
    };
    const expected = {
      grantType: 'authorization_code',
      clientId: 'c',
      code: 'k',
      redirectUri: 'u',
      codeVerifier: 'v',
    };
    expect(parseTokenRequest(JSON.stringify(fields), 'application/json')).toEqual(expected);
    expect(
      parseTokenRequest(
        new URLSearchParams(fields).toString(),
        'application/x-www-form-urlencoded',
      ),
    ).toEqual(expected);
  });

  it('returns null for malformed bodies and wrong types', () => {
    for (const body of ['', '{', '[]', 'null', '"x"', '{"grantType":1}', '{"clientId":"c"}']) {
      expect(parseTokenRequest(body, 'application/json')).toBeNull();
    }
  });
});
