import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** An unguessable URL-safe string of `bytes` random bytes. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const newId = (): string => randomUUID();

/** Used to key stored codes and cookies, so the state file never holds a usable secret. */
export const sha256Hex = (value: string): string =>
  createHash('sha256').update(value).digest('hex');
