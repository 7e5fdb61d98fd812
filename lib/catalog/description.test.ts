import { describe, expect, it } from 'vitest';
import { htmlToPlainText, paragraphsToHtml, sanitizeDescription } from './description';

describe('sanitizeDescription', () => {
  it('keeps formatting', () => {
    expect(sanitizeDescription('<p>Soft <strong>linen</strong></p><ul><li>a</li></ul>')).toBe(
      '<p>Soft <strong>linen</strong></p><ul><li>a</li></ul>',
    );
  });

  it('drops scripts, handlers, styles and javascript: links', () => {
    const html = sanitizeDescription(
      '<p onclick="x()" style="color:red">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>',
    );
    expect(html).toBe('<p>Hi</p><a rel="nofollow noopener" target="_blank">x</a>');
  });

  it('is empty for nothing', () => {
    expect(sanitizeDescription(null)).toBe('');
  });
});

describe('paragraphsToHtml / htmlToPlainText', () => {
  it('escapes plain text into paragraphs', () => {
    expect(paragraphsToHtml('One <b>\n\nTwo & three')).toBe(
      '<p>One &lt;b&gt;</p><p>Two &amp; three</p>',
    );
  });

  it('flattens HTML to text', () => {
    expect(htmlToPlainText('<p>One</p>\n<p>Two  <em>three</em></p>')).toBe('One Two three');
  });
});
