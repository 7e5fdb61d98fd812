import { BASE_STYLES, htmlDocument, type Html } from '../pages/layout';

export const DASHBOARD_PATH = '/_dashboard/headless-settings';
export const clientPath = (id: string) => `${DASHBOARD_PATH}/clients/${encodeURIComponent(id)}`;

// A wider sibling of the hosted pages' style: a table and textareas need the room.
const STYLES = `${BASE_STYLES}
  main { max-width: 52rem; margin: 2rem auto; padding: 2rem; background: #fff; border-radius: 12px;
         box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
  h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
  p, li { line-height: 1.5; }
  table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
  th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #e4e4e7; vertical-align: top; }
  code { font-size: 0.9rem; word-break: break-all; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  input, select, textarea { box-sizing: border-box; width: 100%; padding: 0.5rem 0.7rem; font: inherit;
         border: 1px solid #a1a1aa; border-radius: 6px; }
  textarea { min-height: 6rem; font-family: ui-monospace, monospace; font-size: 0.9rem; }
  .hint { margin: 0.2rem 0 0; font-size: 0.9rem; color: #52525b; }
  input:focus, select:focus, textarea:focus, button:focus, a:focus { outline: 3px solid #2563eb; outline-offset: 2px; }
  button { margin-top: 1rem; padding: 0.6rem 1.2rem; font: inherit; font-weight: 600; color: #fff;
           background: #18181b; border: 0; border-radius: 6px; cursor: pointer; }
  button.danger { background: #b91c1c; }
  .error, .warning { padding: 0.6rem 0.8rem; border-radius: 6px; background: #fef2f2; color: #991b1b;
                     border: 1px solid #fecaca; }
  .warning { background: #fffbeb; color: #92400e; border-color: #fde68a; }
  .status { padding: 0.6rem 0.8rem; border-radius: 6px; background: #f0fdf4; color: #166534; }
  dt { font-weight: 600; margin-top: 0.75rem; }
  dd { margin: 0.25rem 0 0; }
  .actions a { margin-right: 0.75rem; }
`;

/** `script` carries this response's CSP nonce; pages without one run no JavaScript at all. */
export function dashboardLayout(title: string, body: Html, script?: Html): Html {
  return htmlDocument({
    title: `${title} · Wix emulator dashboard`,
    styles: STYLES,
    badge: 'Wix emulator · local dashboard',
    body,
    ...(script ? { script } : {}),
  });
}
