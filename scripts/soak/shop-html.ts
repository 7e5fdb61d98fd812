// What the soak reads off pages: a cart's lines, an order's lines (units by product name).
import type { Units } from './cart-ledger';

/** The words of an HTML fragment: tags, React's text separators and entities undone. */
export function text(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function add(units: Units, name: string, quantity: number): void {
  units.set(name, (units.get(name) ?? 0) + quantity);
}

/**
 * The /cart page's lines (each line's quantity field), or null when the page shows no cart:
 * Wix could not be reached, or the page is an error.
 */
export function cartLines(html: string): Units | null {
  if (html.includes('Your cart is empty')) return new Map();
  if (!html.includes('aria-label="Cart items"')) return null;
  const units: Units = new Map();
  const fields = /Quantity of ([\s\S]*?)<\/label>\s*<input\b[^>]*\bvalue="(\d+)"/g;
  for (const [, name = '', quantity] of html.matchAll(fields))
    add(units, text(name), Number(quantity));
  return units;
}

/** The thank-you page's order lines, or null when it could not show them. */
export function orderLines(html: string): Units | null {
  const list = /<ul aria-label="Items in your order"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1];
  if (list === undefined) return null;
  const units: Units = new Map();
  for (const [, item = ''] of list.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)) {
    const name = /<p class="font-medium">([\s\S]*?)<\/p>/.exec(item)?.[1];
    const quantity = /Quantity: (?:<!-- -->)?(\d+)/.exec(item)?.[1];
    if (name !== undefined && quantity !== undefined) add(units, text(name), Number(quantity));
  }
  return units;
}

/** The lines of Wix's hosted checkout page (its order table), as it will order them. */
export function checkoutLines(html: string): Units {
  const units: Units = new Map();
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  for (const [, row = ''] of body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
    const heading = /<th scope="row">([\s\S]*?)<\/th>/.exec(row)?.[1] ?? '';
    const name = text(heading.replace(/<span[\s\S]*?<\/span>/g, ''));
    const quantity = /<td class="number">(\d+)<\/td>/.exec(row)?.[1];
    if (name && quantity !== undefined) add(units, name, Number(quantity));
  }
  return units;
}
