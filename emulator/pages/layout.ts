import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type Html = ReturnType<typeof html>;

/** What every emulator page shares: the hosted pages and the dashboard. */
export const BASE_STYLES = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0; background: #f4f4f5; color: #18181b; }
  h2 { font-size: 1.1rem; margin: 2rem 0 0.75rem; padding-top: 1.5rem; border-top: 1px solid #e4e4e7; }
  .badge { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; color: #71717a; }
`;

// Plain and readable with no assets to serve; hosted pages need no JavaScript.
const STYLES = `${BASE_STYLES}
  main { max-width: 26rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 12px;
         box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
  h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
  p { line-height: 1.5; }
  .muted { color: #52525b; margin-top: 0; }
  label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
  input { box-sizing: border-box; width: 100%; padding: 0.55rem 0.7rem; font: inherit;
          border: 1px solid #a1a1aa; border-radius: 6px; }
  input:focus, button:focus, a:focus { outline: 3px solid #2563eb; outline-offset: 2px; }
  button { margin-top: 1rem; width: 100%; padding: 0.6rem; font: inherit; font-weight: 600;
           color: #fff; background: #18181b; border: 0; border-radius: 6px; cursor: pointer; }
  button.secondary { background: #2563eb; }
  .error { padding: 0.6rem 0.8rem; border-radius: 6px; background: #fef2f2; color: #991b1b;
           border: 1px solid #fecaca; }
  .hint { font-size: 0.9rem; color: #3f3f46; background: #f4f4f5; padding: 0.5rem 0.7rem; border-radius: 6px; }
  .cancel { display: inline-block; margin-top: 1.5rem; }
`;

/** The one HTML skeleton of every emulator page: hosted pages, checkout and dashboard. */
export function htmlDocument(page: {
  title: string;
  styles: string;
  badge: string;
  body: Html;
  script?: Html;
}): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        <style>
          ${raw(page.styles)}
        </style>
      </head>
      <body>
        <main>
          <p class="badge">${page.badge}</p>
          ${page.body}
        </main>
        ${page.script ?? ''}
      </body>
    </html>`;
}

export function layout(title: string, body: Html): Html {
  return htmlDocument({
    title: `${title} · Wix emulator`,
    styles: STYLES,
    badge: 'Wix emulator',
    body,
  });
}

/** A page that only explains something (an error, or a finished flow). */
export function messagePage(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  message: string,
) {
  return c.html(
    layout(
      title,
      html`<h1>${title}</h1>
        <p role="alert">${message}</p>`,
    ),
    status,
  );
}
