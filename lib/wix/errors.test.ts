import { describe, expect, it } from 'vitest';
import {
  classifyCallError,
  classifyTokenError,
  describeError,
  isUnknownClient,
  StoresNotInstalledError,
  unlessStoresMissing,
} from './errors';

const tokenError = (statusText: string, body: string) =>
  new Error(
    `Failed to fetch tokens from OAuth API: ${statusText}. request id: r-1. Response: ${body}`,
  );

describe('classifyTokenError', () => {
  it('treats OAuth refusals as refused', () => {
    expect(classifyTokenError(tokenError('Bad Request', '{"error":"invalid_grant"}'))).toBe(
      'refused',
    );
    expect(classifyTokenError(tokenError('', '{"error":"invalid_client"}'))).toBe('refused');
  });

  it('treats network failures and server errors as unavailable', () => {
    expect(classifyTokenError(new TypeError('fetch failed'))).toBe('unavailable');
    expect(classifyTokenError(tokenError('Internal Server Error', '{"message":"x"}'))).toBe(
      'unavailable',
    );
    expect(classifyTokenError('weird')).toBe('unavailable');
  });
});

describe('classifyCallError', () => {
  it('reads the SDK error status', () => {
    expect(classifyCallError(Object.assign(new Error('x'), { status: 403 }))).toBe('refused');
    expect(classifyCallError(Object.assign(new Error('x'), { status: 503 }))).toBe('unavailable');
    expect(classifyCallError(new TypeError('fetch failed'))).toBe('unavailable');
  });
});

describe('isUnknownClient / describeError', () => {
  it('spots a deleted or wrong client id', () => {
    expect(isUnknownClient(tokenError('Bad Request', '{"error":"invalid_client"}'))).toBe(true);
    expect(isUnknownClient(tokenError('Bad Request', '{"error":"invalid_grant"}'))).toBe(false);
  });

  it('keeps the status and the message line', () => {
    const e = Object.assign(new Error('{\n  "message": "Forbidden",\n  "details": {}\n}'), {
      status: 403,
    });
    expect(describeError(e)).toBe('403 "message": "Forbidden",');
  });
});

describe('unlessStoresMissing', () => {
  it('gives the fallback only for a site without Stores', async () => {
    expect(await unlessStoresMissing(Promise.resolve(1), null)).toBe(1);
    expect(
      await unlessStoresMissing(Promise.reject(new StoresNotInstalledError()), null),
    ).toBeNull();
    await expect(unlessStoresMissing(Promise.reject(new Error('503')), null)).rejects.toThrow(
      '503',
    );
  });
});
