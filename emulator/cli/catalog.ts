import { CATALOG_USAGE, CatalogUsageError, parseCatalogCommand } from './catalog-command';

// `npm run emulator:catalog -- set-price classic-linen-shirt 49`: changes a running emulator's shop.
let command;
try {
  command = parseCatalogCommand(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CatalogUsageError)) throw error;
  console.error(`emulator:catalog: ${error.message}\n\n${CATALOG_USAGE}`);
  process.exit(2);
}
if (command === 'help') {
  console.log(CATALOG_USAGE);
  process.exit(0);
}

try {
  const res = await fetch(command.url, {
    method: command.method,
    headers: command.body ? { 'content-type': 'application/json' } : {},
    body: command.body ? JSON.stringify(command.body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) {
    console.error(`emulator:catalog: ${res.status} ${text}`);
    process.exit(1);
  }
  console.log(JSON.stringify(JSON.parse(text), null, 2));
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    `emulator:catalog: cannot reach ${command.url} (${reason}); is the emulator running?`,
  );
  process.exit(1);
}
