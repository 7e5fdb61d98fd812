import { UsageError, type Command, type UpdateChange } from './args';
import type { AppFields, OAuthAppsApi } from './client';
import { writeEnvFile } from './env-file';
import { formatApp, formatList, toJson } from './format';

export interface Io {
  out(text: string): void;
  isTTY: boolean;
  /** Asks on the terminal; true only for an explicit yes. */
  confirm(question: string): Promise<boolean>;
}

/** A failure worth one line on stderr and exit code 1 (not a usage error). */
export class CommandError extends Error {}

const SECRET_WARNING = 'Store the secret now: it will not be shown again.';

/** Applies --add/--remove to the current list; removing an absent entry is an error. */
function edited(current: string[], add: string[], remove: string[], what: string): string[] {
  const missing = remove.find((r) => !current.includes(r));
  if (missing !== undefined)
    throw new CommandError(`"${missing}" is not an allowed ${what} of this app`);
  const kept = current.filter((v) => !remove.includes(v));
  return [...kept, ...add.filter((a) => !kept.includes(a))];
}

async function updateFields(api: OAuthAppsApi, id: string, change: UpdateChange) {
  const fields: AppFields = { ...change.set };
  const editsUris = change.addUris.length || change.removeUris.length;
  const editsDomains = change.addDomains.length || change.removeDomains.length;
  if (editsUris || editsDomains) {
    // Add/remove are relative to the app as it is now, so read it first.
    const current = await api.get(id);
    if (editsUris) {
      const uris = current.allowedRedirectUris;
      fields.allowedRedirectUris = edited(uris, change.addUris, change.removeUris, 'redirect URI');
    }
    if (editsDomains) {
      const domains = current.allowedRedirectDomains;
      const { addDomains: add, removeDomains: remove } = change;
      fields.allowedRedirectDomains = edited(domains, add, remove, 'redirect domain');
    }
  }
  return { fields, mask: Object.keys(fields) };
}

export async function runCommand(command: Command, api: OAuthAppsApi, io: Io): Promise<void> {
  switch (command.name) {
    case 'help':
      return io.out(command.text);
    case 'create': {
      const { app, secret } = await api.create(command.fields);
      io.out(`Created OAuth app "${app.name}"`);
      io.out(`client id: ${app.id}`);
      if (secret) io.out(`client secret: ${secret}\n${SECRET_WARNING}`);
      else io.out(`No secret was issued; run "generate-secret ${app.id}" if you need one.`);
      if (command.writeEnv) {
        const entries: Record<string, string> = { WIX_CLIENT_ID: app.id };
        if (secret) entries.WIX_CLIENT_SECRET = secret;
        writeEnvFile(command.envFile, entries);
        io.out(`Wrote ${Object.keys(entries).join(' and ')} to ${command.envFile} (mode 0600)`);
      }
      return;
    }
    case 'list': {
      const apps = await api.list();
      return io.out(command.json ? toJson(apps) : formatList(apps));
    }
    case 'get': {
      const app = await api.get(command.id);
      return io.out(command.json ? toJson(app) : formatApp(app));
    }
    case 'update': {
      const { fields, mask } = await updateFields(api, command.id, command.change);
      const app = await api.update(command.id, fields, mask);
      io.out(`Updated ${mask.join(', ')} of OAuth app "${app.name}"`);
      return io.out(formatApp(app));
    }
    case 'delete': {
      if (!command.yes) {
        if (!io.isTTY)
          throw new UsageError(
            'delete: not deleting without confirmation; no terminal to ask on, pass --yes',
          );
        const app = await api.get(command.id);
        const question = `Delete OAuth app "${app.name}" (${app.id})? Its client id stops working at once. Type "yes" to confirm: `;
        if (!(await io.confirm(question))) throw new CommandError('not deleted');
      }
      await api.remove(command.id);
      return io.out(`Deleted OAuth app ${command.id}`);
    }
    case 'generate-secret': {
      const secret = await api.generateSecret(command.id);
      return io.out(`client secret: ${secret}\n${SECRET_WARNING}`);
    }
  }
}
