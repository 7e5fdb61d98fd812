// Merchant HTML (a few <p>/<ul> blocks with <strong>/<em>/<a>) as Ricos rich-content nodes for V3.

type Decoration = Record<string, unknown>;
type RicosNode = Record<string, unknown>;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Inline HTML → TEXT nodes, each with the decorations of the tags around it. */
function textNodes(html: string): RicosNode[] {
  const nodes: RicosNode[] = [];
  const stack: Decoration[] = [];
  for (const part of html.split(/(<[^>]+>)/)) {
    const tag = /^<(\/?)(\w+)([^>]*)>$/.exec(part);
    if (!tag) {
      if (part)
        nodes.push({
          type: 'TEXT',
          id: '',
          nodes: [],
          textData: { text: decode(part), decorations: [...stack] },
        });
      continue;
    }
    const [, closing, name = '', attrs = ''] = tag;
    if (closing) {
      if (['strong', 'b', 'em', 'i', 'a'].includes(name.toLowerCase())) stack.pop();
      continue;
    }
    const lower = name.toLowerCase();
    if (lower === 'strong' || lower === 'b') stack.push({ type: 'BOLD', fontWeightValue: 700 });
    if (lower === 'em' || lower === 'i') stack.push({ type: 'ITALIC', italicData: true });
    if (lower === 'a') {
      const href = /href="([^"]*)"/.exec(attrs)?.[1] ?? '';
      stack.push({ type: 'LINK', linkData: { link: { url: href, target: 'BLANK' } } });
    }
  }
  return nodes;
}

const paragraph = (id: string, inner: string): RicosNode => ({
  type: 'PARAGRAPH',
  id,
  nodes: textNodes(inner),
  paragraphData: {},
});

/** `["<p>…</p>", "<ul><li>…</li></ul>"]` → `{nodes, metadata}` as Wix's rich content. */
export function toRichContent(blocks: readonly string[], idPrefix: string) {
  const nodes = blocks.map((block, i): RicosNode => {
    const id = `${idPrefix}-${i}`;
    const items = [...block.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '');
    if (/^<ul>/.test(block)) {
      return {
        type: 'BULLETED_LIST',
        id,
        nodes: items.map((item, j) => ({
          type: 'LIST_ITEM',
          id: `${id}-${j}`,
          nodes: [paragraph(`${id}-${j}-p`, item)],
        })),
        bulletedListData: { indentation: 0 },
      };
    }
    return paragraph(id, block.replace(/^<p[^>]*>|<\/p>$/g, ''));
  });
  return { nodes, metadata: { version: 1 }, documentStyle: {} };
}

/** The HTML a merchant typed, as one string (V1 `description`, V3 `plainDescription`). */
export const toHtml = (blocks: readonly string[]): string => blocks.join('');
