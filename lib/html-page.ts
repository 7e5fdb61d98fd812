const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type FriendlyPage = {
  status: number;
  title: string;
  message: string;
  /** Shown as-is after escaping, e.g. an `error_description` from Wix. */
  detail?: string;
  action: { href: string; label: string };
  headers?: Record<string, string>;
};

// Route handlers (auth callback, login, logout) answer errors with a real status code, which
// a page component cannot set; this is the shop's look in one small self-contained document.
export function friendlyPageResponse(page: FriendlyPage): Response {
  const detail = page.detail
    ? `<p class="detail">Details from Wix: ${escapeHtml(page.detail.slice(0, 500))}</p>`
    : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · Storefront</title>
<style>body{margin:0;font-family:system-ui,sans-serif;color:#18181b;background:#fafafa}header{border-bottom:1px solid #e4e4e7;background:#fff;padding:1rem 1.5rem}header a{color:inherit;font-weight:700;text-decoration:none}main{max-width:36rem;margin:4rem auto;padding:0 1.5rem}h1{font-size:1.5rem}p{line-height:1.6}.detail{color:#52525b;font-size:.9rem}a.button{display:inline-block;margin-top:1rem;background:#18181b;color:#fff;padding:.6rem 1.2rem;border-radius:.4rem;text-decoration:none}</style>
</head><body><header><a href="/">Storefront</a></header>
<main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p>${detail}
<a class="button" href="${escapeHtml(page.action.href)}">${escapeHtml(page.action.label)}</a></main></body></html>`;
  return new Response(html, {
    status: page.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      ...page.headers,
    },
  });
}
