// A shopper's cart for the benchmark, made the way a browser without JavaScript makes it.
import { findForm, withFields } from './html-form';
import { SITE } from './processes';

const SESSION_COOKIE = 'wix-session';

/** What autocannon replays: one add-to-cart form post, exactly as the browser sends it. */
export type FormPost = { path: string; body: Buffer; contentType: string };

/** A form of the page at `path` (its HTML) with some fields set, encoded as the browser posts it. */
export async function formPost(
  html: string,
  path: string,
  button: string,
  values: Record<string, string>,
): Promise<FormPost | null> {
  const form = findForm(html, button);
  if (!form) return null;
  const data = new FormData();
  for (const [name, value] of withFields(form, values)) data.append(name, value);
  const request = new Request(`${SITE}${path}`, { method: 'POST', body: data });
  return {
    path,
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? 'multipart/form-data',
  };
}

/** The product page's "Add to cart" form with `quantity`, ready to post. */
export async function addToCartPost(path: string, quantity: number): Promise<FormPost> {
  const html = await fetch(`${SITE}${path}`).then((r) => r.text());
  const form = await formPost(html, path, 'Add to cart', { quantity: String(quantity) });
  if (!form) throw new Error(`${path} has no "Add to cart" form`);
  return form;
}

/** The request a browser sends for the form on `site`, with this Cookie header. */
export function formRequest(form: FormPost, cookie: string | null, site = SITE): RequestInit {
  return {
    method: 'POST',
    body: new Uint8Array(form.body),
    redirect: 'manual',
    // As a browser sends it: its Origin, and the page (a product page's URL holds the options).
    headers: {
      'content-type': form.contentType,
      origin: site,
      referer: `${site}${form.path}`,
      ...(cookie ? { cookie } : {}),
    },
  };
}

/** Posts the form; returns the session cookie the shop set (`name=value`), or the one given. */
export async function post(form: FormPost, cookie: string | null): Promise<string> {
  const response = await fetch(`${SITE}${form.path}`, formRequest(form, cookie));
  if (response.status >= 400) throw new Error(`adding to the cart answered ${response.status}`);
  const set = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const next = set?.split(';')[0] ?? cookie;
  if (!next) throw new Error('adding to the cart set no session cookie');
  return next;
}

/** A visitor session whose cart has these lines (path, quantity). */
export async function cartCookie(lines: [string, number][]): Promise<string> {
  let cookie: string | null = null;
  for (const [path, quantity] of lines)
    cookie = await post(await addToCartPost(path, quantity), cookie);
  if (!cookie) throw new Error('no cart lines given');
  return cookie;
}
