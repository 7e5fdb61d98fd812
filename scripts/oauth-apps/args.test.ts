import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from './args';

const parse = (...argv: string[]) => parseCommand(argv, '/repo');

describe('parseCommand', () => {
  it('parses create with repeatable lists and the env file', () => {
    expect(
      parse(
        'create',
        '--name',
        'Shop',
        '--redirect-uri',
        'http://a/cb',
        '--redirect-uri',
        'http://b/cb',
        '--write-env',
      ),
    ).toEqual({
      name: 'create',
      fields: { name: 'Shop', allowedRedirectUris: ['http://a/cb', 'http://b/cb'] },
      writeEnv: true,
      envFile: '/repo/.env.local',
    });
    expect(parse('create', '--name', 'S', '--write-env', '--env-path', 'x.env')).toMatchObject({
      envFile: '/repo/x.env',
    });
  });

  it('puts only the given flags into an update', () => {
    expect(
      parse(
        'update',
        'id-1',
        '--name',
        'N',
        '--login-url',
        '',
        '--add-redirect-uri',
        'http://a/cb',
      ),
    ).toEqual({
      name: 'update',
      id: 'id-1',
      change: {
        set: { name: 'N', loginUrl: '' },
        addUris: ['http://a/cb'],
        removeUris: [],
        addDomains: [],
        removeDomains: [],
      },
    });
  });

  it('parses list, get, delete and generate-secret', () => {
    expect(parse('list', '--json')).toEqual({ name: 'list', json: true });
    expect(parse('get', 'id-1')).toEqual({ name: 'get', id: 'id-1', json: false });
    expect(parse('delete', 'id-1', '--yes')).toEqual({ name: 'delete', id: 'id-1', yes: true });
    expect(parse('generate-secret', 'id-1')).toEqual({ name: 'generate-secret', id: 'id-1' });
  });

  it('answers --help for the tool and for each command', () => {
    expect(parse('--help')).toMatchObject({
      name: 'help',
      text: expect.stringContaining('Commands:'),
    });
    expect(parse('update', '--help')).toMatchObject({
      text: expect.stringContaining('--add-redirect-uri'),
    });
  });

  it.each([
    [[], 'a command is required'],
    [['nope'], 'unknown command "nope"'],
    [['create'], '--name is required'],
    [['create', '--name', 'N', '--env-path', 'x'], 'only makes sense with --write-env'],
    [['get'], 'the OAuth app id is required'],
    [['get', 'a', 'b'], 'unexpected argument "b"'],
    [['update', 'id'], 'nothing to change'],
    [['update', 'id', '--redirect-uri', 'u', '--add-redirect-uri', 'v'], 'not both'],
    [['list', '--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
