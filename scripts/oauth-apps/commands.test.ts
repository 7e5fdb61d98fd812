import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import type { AppFields, AppRecord, OAuthAppsApi } from './client';
import { CommandError, runCommand, type Io } from './commands';
import { describeError } from './format';

const record: AppRecord = {
  id: 'id-1',
  name: 'Shop',
  description: '',
  createdDate: '2024-01-01T00:00:00.000Z',
  applicationType: 'WEB_APP',
  allowedRedirectUris: ['http://a.test/cb', 'http://b.test/cb'],
  allowedRedirectDomains: ['a.test'],
  loginUrl: null,
  logoutUrl: null,
};

function fakeApi() {
  const calls: { update?: { fields: AppFields; mask: string[] }; removed?: string } = {};
  const api: OAuthAppsApi = {
    create: async (fields) => ({ app: { ...record, name: fields.name }, secret: 's3cret' }),
    list: async () => [record],
    get: async () => record,
    update: async (_id, fields, mask) => {
      calls.update = { fields, mask };
      return { ...record, ...fields };
    },
    remove: async (id) => {
      calls.removed = id;
    },
    generateSecret: async () => 'generated',
  };
  return { api, calls };
}

function fakeIo(isTTY = false, answer = false) {
  const lines: string[] = [];
  const io: Io = { out: (t) => lines.push(t), isTTY, confirm: async () => answer };
  return { io, lines };
}

const change = { set: {}, addUris: [], removeUris: [], addDomains: [], removeDomains: [] };

describe('runCommand', () => {
  it('update: add/remove edit the current list, and only touched fields go in the mask', async () => {
    const { api, calls } = fakeApi();
    const command = {
      name: 'update' as const,
      id: 'id-1',
      change: {
        ...change,
        set: { logoutUrl: '' },
        addUris: ['http://c.test/cb'],
        removeUris: ['http://a.test/cb'],
      },
    };
    await runCommand(command, api, fakeIo().io);
    expect(calls.update).toEqual({
      fields: { logoutUrl: '', allowedRedirectUris: ['http://b.test/cb', 'http://c.test/cb'] },
      mask: ['logoutUrl', 'allowedRedirectUris'],
    });
  });

  it('update: removing an entry the app does not have is an error', async () => {
    const command = {
      name: 'update' as const,
      id: 'id-1',
      change: { ...change, removeDomains: ['z.test'] },
    };
    await expect(runCommand(command, fakeApi().api, fakeIo().io)).rejects.toThrow(CommandError);
  });

  it('delete: refuses without a terminal, asks on one, and deletes with --yes', async () => {
    const { api, calls } = fakeApi();
    const command = { name: 'delete' as const, id: 'id-1', yes: false };
    await expect(runCommand(command, api, fakeIo(false).io)).rejects.toThrow(UsageError);
    await expect(runCommand(command, api, fakeIo(true, false).io)).rejects.toThrow('not deleted');
    expect(calls.removed).toBeUndefined();
    await runCommand(command, api, fakeIo(true, true).io);
    expect(calls.removed).toBe('id-1');
  });

  it('create: prints the id and the secret with a warning', async () => {
    const { io, lines } = fakeIo();
    const command = {
      name: 'create' as const,
      fields: { name: 'N' },
      writeEnv: false,
      envFile: '',
    };
    await runCommand(command, fakeApi().api, io);
    expect(lines.join('\n')).toContain(
      'client id: id-1\nclient secret: s3cret\nStore the secret now',
    );
  });
});

describe('describeError', () => {
  const emulator = {
    kind: 'emulator' as const,
    url: 'http://127.0.0.1:4010',
    apiKey: 'k',
    siteId: 's',
  };

  it('turns SDK errors into one line', () => {
    const notFound = {
      status: 404,
      details: { applicationError: { code: 'NOPE', description: 'Gone' } },
    };
    expect(describeError(notFound, emulator)).toBe('Gone [404 NOPE]');
    const invalid = {
      status: 400,
      details: {
        validationError: {
          fieldViolations: [
            { field: 'a', description: 'is bad' },
            { field: 'b', description: 'too' },
          ],
        },
      },
    };
    expect(describeError(invalid, emulator)).toBe('invalid input: a is bad; b too');
    expect(describeError(new Error('first\nsecond'), emulator)).toBe('first');
  });

  it('says how to start the emulator when it cannot be reached', () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    expect(describeError(refused, emulator)).toContain('start it with "npm run emulator"');
    expect(describeError(refused, { kind: 'wix', apiKey: 'k', siteId: 's' })).toContain(
      'cannot reach Wix',
    );
  });
});
