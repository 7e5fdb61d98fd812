import sanitizeHtml from 'sanitize-html';

// Product descriptions are merchant HTML from Wix: keep formatting, drop scripts, styles,
// event handlers and anything that could leave the page.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'h2',
    'h3',
    'h4',
    'blockquote',
    'a',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener', target: '_blank' }),
  },
};

export function sanitizeDescription(html: string | null | undefined): string {
  return html ? sanitizeHtml(html, OPTIONS).trim() : '';
}

/** Plain paragraphs as HTML, escaped: for catalogs that only give plain text. */
export function paragraphsToHtml(text: string | null | undefined): string {
  if (!text) return '';
  return sanitizeHtml(
    text
      .split(/\n{2,}/)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
      .join(''),
    OPTIONS,
  );
}

export function htmlToPlainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
