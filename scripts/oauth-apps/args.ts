import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AppFields } from './client';
import { HELP } from './help';

/** Wrong command line: one line on stderr, exit code 2. */
export class UsageError extends Error {}

export type Command =
  | { name: 'help'; text: string }
  | { name: 'create'; fields: AppFields & { name: string }; writeEnv: boolean; envFile: string }
  | { name: 'list'; json: boolean }
  | { name: 'get'; id: string; json: boolean }
  | { name: 'update'; id: string; change: UpdateChange }
  | { name: 'delete'; id: string; yes: boolean }
  | { name: 'generate-secret'; id: string };

export interface UpdateChange {
  set: AppFields;
  addUris: string[];
  removeUris: string[];
  addDomains: string[];
  removeDomains: string[];
}

type Options = NonNullable<ParseArgsConfig['options']>;
const text = { type: 'string' } as const;
const many = { type: 'string', multiple: true } as const;
const flag = { type: 'boolean' } as const;

const OPTIONS: Record<string, Options> = {
  create: {
    name: text,
    description: text,
    'redirect-uri': many,
    'redirect-domain': many,
    'login-url': text,
    'logout-url': text,
    'write-env': flag,
    'env-path': text,
  },
  list: { json: flag },
  get: { json: flag },
  update: {
    name: text,
    description: text,
    'redirect-uri': many,
    'add-redirect-uri': many,
    'remove-redirect-uri': many,
    'redirect-domain': many,
    'add-redirect-domain': many,
    'remove-redirect-domain': many,
    'login-url': text,
    'logout-url': text,
  },
  delete: { yes: flag },
  'generate-secret': {},
};

type Values = Record<string, string | boolean | string[] | undefined>;
const str = (v: Values, k: string) => v[k] as string | undefined;
const list = (v: Values, k: string) => (v[k] as string[] | undefined) ?? [];

function parse(command: string, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...OPTIONS[command], help: flag },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${command}: ${message}`);
  }
}

function onlyId(command: string, positionals: string[]): string {
  const [id, extra] = positionals;
  if (!id) throw new UsageError(`${command}: the OAuth app id is required (${command} <id>)`);
  if (extra !== undefined) throw new UsageError(`${command}: unexpected argument "${extra}"`);
  return id;
}

function updateChange(v: Values): UpdateChange {
  const set: AppFields = {};
  for (const [flagName, key] of [
    ['name', 'name'],
    ['description', 'description'],
    ['login-url', 'loginUrl'],
    ['logout-url', 'logoutUrl'],
  ] as const) {
    const value = str(v, flagName);
    if (value !== undefined) set[key] = value;
  }
  if (v['redirect-uri']) set.allowedRedirectUris = list(v, 'redirect-uri');
  if (v['redirect-domain']) set.allowedRedirectDomains = list(v, 'redirect-domain');
  const change = {
    set,
    addUris: list(v, 'add-redirect-uri'),
    removeUris: list(v, 'remove-redirect-uri'),
    addDomains: list(v, 'add-redirect-domain'),
    removeDomains: list(v, 'remove-redirect-domain'),
  };
  if (set.allowedRedirectUris && (change.addUris.length || change.removeUris.length))
    throw new UsageError('update: use --redirect-uri or --add/--remove-redirect-uri, not both');
  if (set.allowedRedirectDomains && (change.addDomains.length || change.removeDomains.length))
    throw new UsageError(
      'update: use --redirect-domain or --add/--remove-redirect-domain, not both',
    );
  const edits = [change.addUris, change.removeUris, change.addDomains, change.removeDomains];
  if (!Object.keys(set).length && !edits.some((e) => e.length))
    throw new UsageError('update: nothing to change; give at least one option (see --help)');
  return change;
}

/** Parses `<command> [options]`; throws UsageError with a one-line message. */
export function parseCommand(argv: string[], cwd: string): Command {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    if (!command) throw new UsageError('a command is required (see --help)');
    return { name: 'help', text: HELP.main ?? '' };
  }
  if (!Object.hasOwn(OPTIONS, command))
    throw new UsageError(`unknown command "${command}" (see --help)`);
  const { values: v, positionals } = parse(command, rest);
  if (v.help) return { name: 'help', text: HELP[command] ?? '' };
  if (command === 'create') {
    const name = str(v, 'name');
    if (!name) throw new UsageError('create: --name is required');
    if (positionals.length) throw new UsageError(`create: unexpected argument "${positionals[0]}"`);
    const fields: AppFields & { name: string } = { name };
    const description = str(v, 'description');
    if (description !== undefined) fields.description = description;
    if (v['redirect-uri']) fields.allowedRedirectUris = list(v, 'redirect-uri');
    if (v['redirect-domain']) fields.allowedRedirectDomains = list(v, 'redirect-domain');
    const loginUrl = str(v, 'login-url');
    const logoutUrl = str(v, 'logout-url');
    if (loginUrl) fields.loginUrl = loginUrl;
    if (logoutUrl) fields.logoutUrl = logoutUrl;
    if (str(v, 'env-path') !== undefined && !v['write-env'])
      throw new UsageError('create: --env-path only makes sense with --write-env');
    const envFile = path.resolve(cwd, str(v, 'env-path') ?? '.env.local');
    return { name: 'create', fields, writeEnv: v['write-env'] === true, envFile };
  }
  if (command === 'list') {
    if (positionals.length) throw new UsageError(`list: unexpected argument "${positionals[0]}"`);
    return { name: 'list', json: v.json === true };
  }
  const id = onlyId(command, positionals);
  if (command === 'get') return { name: 'get', id, json: v.json === true };
  if (command === 'update') return { name: 'update', id, change: updateChange(v) };
  if (command === 'delete') return { name: 'delete', id, yes: v.yes === true };
  return { name: 'generate-secret', id };
}
