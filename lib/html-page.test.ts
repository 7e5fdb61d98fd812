import { describe, expect, it } from 'vitest';
import { escapeHtml, friendlyPageResponse } from './html-page';

describe('friendlyPageResponse', () => {
  it('escapes every piece of text it is given', async () => {
    const response = friendlyPageResponse({
      status: 400,
      title: 'Oops <b>',
      message: 'Sign-in failed & "stopped"',
      detail: '<script>alert(1)</script>',
      action: { href: '/login?returnTo="/x"', label: 'Try again' },
    });
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="/login?returnTo=&quot;/x&quot;"');
    expect(html).toContain('Oops &lt;b&gt;');
  });

  it('escapes quotes and ampersands', () => {
    expect(escapeHtml(`a&b<'c'>"d"`)).toBe('a&amp;b&lt;&#39;c&#39;&gt;&quot;d&quot;');
  });
});
