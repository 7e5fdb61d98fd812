// The benchmark adds to the cart as a browser without JavaScript does: it posts the product
// page's own form (Next's server-action fields included), so no endpoint exists just for it.

export type HtmlForm = { fields: [string, string][] };

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const match of inner.matchAll(ATTRIBUTE)) {
    const [, name, double, single, bare] = match;
    if (name) found[name.toLowerCase()] = decode(double ?? single ?? bare ?? '');
  }
  return found;
}

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The named inputs of the first form whose submit button reads `buttonText`, in order. */
export function findForm(html: string, buttonText: string): HtmlForm | null {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const buttons = [...form.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)];
    const label = (inner: string) => inner.replace(/<[^>]+>/g, '').trim();
    if (!buttons.some(([, inner]) => label(inner ?? '') === buttonText)) continue;
    const fields: [string, string][] = [];
    for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
      const { name, value = '', type = 'text' } = attributes(tag);
      const checked = tag.includes(' checked');
      if (!name || ((type === 'radio' || type === 'checkbox') && !checked)) continue;
      fields.push([name, value]);
    }
    return { fields };
  }
  return null;
}

/** The form's fields with some replaced (e.g. the quantity). */
export function withFields(form: HtmlForm, values: Record<string, string>): [string, string][] {
  const fields = form.fields.map(([name, value]): [string, string] => [
    name,
    Object.hasOwn(values, name) ? values[name]! : value,
  ]);
  for (const [name, value] of Object.entries(values)) {
    if (!fields.some(([existing]) => existing === name)) fields.push([name, value]);
  }
  return fields;
}
