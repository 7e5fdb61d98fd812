import { BASE_STYLES, htmlDocument, type Html } from '../../pages/layout';

// The hosted pages' look, wider: a checkout needs room for its order table. No JavaScript.
const STYLES = `${BASE_STYLES}
  main { max-width: 44rem; margin: 2rem auto; padding: 2rem; background: #fff; border-radius: 12px;
         box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
  h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
  p { line-height: 1.5; }
  .muted { color: #52525b; margin-top: 0; }
  table { width: 100%; border-collapse: collapse; margin-top: 0.5rem; }
  th, td { text-align: left; padding: 0.6rem 0.4rem; border-bottom: 1px solid #e4e4e7; vertical-align: top; }
  td.number, th.number { text-align: right; white-space: nowrap; }
  .options, .note { display: block; font-weight: 400; font-size: 0.9rem; color: #52525b; }
  .note { color: #9a3412; }
  dl.totals { margin: 1rem 0 0 auto; max-width: 18rem; }
  dl.totals div { display: flex; justify-content: space-between; padding: 0.2rem 0; }
  dl.totals dt, dl.totals dd { margin: 0; }
  dl.totals .total { font-weight: 700; font-size: 1.1rem; border-top: 1px solid #e4e4e7; padding-top: 0.5rem; }
  form { margin-top: 1.5rem; }
  label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
  input[type=text], input[type=email] { box-sizing: border-box; width: 100%; padding: 0.55rem 0.7rem;
         font: inherit; border: 1px solid #a1a1aa; border-radius: 6px; }
  .row { display: flex; gap: 0.5rem; align-items: center; }
  .row input { flex: 1; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1rem; }
  fieldset { margin-top: 1.25rem; border: 1px solid #d4d4d8; border-radius: 8px; padding: 0.75rem 1rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  fieldset label { display: flex; gap: 0.5rem; align-items: center; font-weight: 400; margin: 0.4rem 0; }
  input:focus, button:focus, a:focus { outline: 3px solid #2563eb; outline-offset: 2px; }
  button { padding: 0.6rem 1rem; font: inherit; font-weight: 600; color: #fff; background: #18181b;
           border: 0; border-radius: 6px; cursor: pointer; }
  button.primary { margin-top: 1.25rem; width: 100%; padding: 0.75rem; }
  button.link { background: none; color: #1d4ed8; text-decoration: underline; padding: 0; }
  .error { padding: 0.6rem 0.8rem; border-radius: 6px; background: #fef2f2; color: #991b1b;
           border: 1px solid #fecaca; }
  .error ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
  .notice { padding: 0.6rem 0.8rem; border-radius: 6px; background: #f0fdf4; color: #166534;
            border: 1px solid #bbf7d0; }
  .back { display: inline-block; margin-top: 1.5rem; }
`;

/** `styles`: a page's own additions (the booking page's details list). */
export function checkoutLayout(title: string, body: Html, styles = ''): Html {
  return htmlDocument({
    title: `${title} · Wix emulator`,
    styles: `${STYLES}${styles}`,
    badge: 'Wix emulator',
    body,
  });
}
