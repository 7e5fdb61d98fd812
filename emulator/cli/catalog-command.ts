import { parseArgs } from 'node:util';
import { EMULATOR_DEFAULT_PORT } from '../defaults';

export const CATALOG_USAGE = `Usage: npm run emulator:catalog -- <command> [--url URL]

  list                                   products with their variants, prices and stock
  set-price <slug|id> <price>            new price of the cheapest variant (others keep their difference)
  set-stock <slug|id> <in|out|N> [--variant <variantId>]
                                         in/out of stock, or a tracked quantity N
  set-visible <slug|id> <true|false>     show or hide the product

  --url URL   the running emulator (default http://127.0.0.1:${EMULATOR_DEFAULT_PORT})`;

export class CatalogUsageError extends Error {}

export interface CatalogCommand {
  method: 'GET' | 'POST';
  url: string;
  body?: Record<string, unknown>;
}

/** Turns the CLI words into one request to the emulator's /__emulator/catalog endpoints. */
export function parseCatalogCommand(argv: string[]): CatalogCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, variant: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    throw new CatalogUsageError(
      error instanceof Error ? error.message.split('\n')[0] : String(error),
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const base = `${(values.url ?? `http://127.0.0.1:${EMULATOR_DEFAULT_PORT}`).replace(/\/$/, '')}/__emulator/catalog/products`;
  const [command, product, value, ...extra] = positionals;
  if (command === 'list' && !product) return { method: 'GET', url: base };
  if (!command || !product || value === undefined || extra.length) {
    throw new CatalogUsageError('expected <command> <product> <value>');
  }
  const url = `${base}/${encodeURIComponent(product)}`;
  if (command === 'set-price') {
    const price = Number(value);
    if (!/^\d+(\.\d{1,2})?$/.test(value))
      throw new CatalogUsageError(`price must be like 19.99, got "${value}"`);
    return { method: 'POST', url, body: { price } };
  }
  if (command === 'set-stock') {
    const variant = values.variant ? { variantId: values.variant } : {};
    if (value === 'in' || value === 'out') {
      return { method: 'POST', url, body: { stock: { ...variant, inStock: value === 'in' } } };
    }
    if (!/^\d+$/.test(value))
      throw new CatalogUsageError(`stock must be in, out or a whole number, got "${value}"`);
    return { method: 'POST', url, body: { stock: { ...variant, quantity: Number(value) } } };
  }
  if (command === 'set-visible' && (value === 'true' || value === 'false')) {
    return { method: 'POST', url, body: { visible: value === 'true' } };
  }
  throw new CatalogUsageError(`unknown command "${command} ${value}"`);
}
