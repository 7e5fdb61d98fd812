// Adding to the cart and checking out as a browser without JavaScript does: the shop's own
// forms posted, its redirects followed, Wix's hosted checkout filled in with the test card.
import { formPost, formRequest } from '../bench/cart';
import { findForm, withFields } from '../bench/html-form';
import { pick } from './actions';
import type { Units } from './cart-ledger';
import { cartLines, checkoutLines, orderLines } from './shop-html';
import { count, type Shopper } from './shopper';

const BUYER = {
  email: 'soak@example.com',
  firstName: 'Soak',
  lastName: 'Test',
  address: '1 Load Street',
  city: 'London',
  postalCode: 'SW1A 1AA',
  country: 'United Kingdom',
};
const THANK_YOU_TRIES = 6;
const THANK_YOU_PAUSE_MS = 5_000;

const notice = (location: string | null) =>
  location ? new URL(location, 'http://x').searchParams.get('notice') : null;

/** Posts a form of the page at `path` (in `html`) through the shopper's browser. */
async function submit(
  shopper: Shopper,
  route: string,
  html: string,
  path: string,
  button: string,
  values: Record<string, string>,
) {
  const form = await formPost(html, path, button, values);
  if (!form) return null;
  const init = formRequest(form, null, shopper.browser.site);
  return shopper.browser.shop(route, path, {
    method: 'POST',
    body: init.body ?? undefined,
    headers: init.headers as Record<string, string>,
  });
}

/** A product page with a variant chosen, then its "Add to cart" form with 1 or 2. */
export async function addToCart(shopper: Shopper): Promise<void> {
  const { ledger, targets, tally } = shopper.world;
  const item = pick(targets.buyable, shopper.random);
  const quantity = shopper.random < 0.7 ? 1 : 2;
  const page = await shopper.view('product (variant)', item.path);
  const owner = shopper.owner;
  const answer =
    page.status === 200
      ? await submit(shopper, 'cart add', page.body, item.path, 'Add to cart', {
          quantity: String(quantity),
        })
      : null;
  if (!answer) return void count(tally.failedAdds, `no form (product page ${page.status})`);
  const code = answer.status === 303 ? notice(answer.location) : null;
  if (code === 'added') {
    ledger.add(owner, item.name, quantity);
    tally.adds++;
  } else count(tally.failedAdds, code ?? `status ${answer.status}`);
  await shopper.follow(answer, 'cart');
}

/** The order's lines as the thank-you page shows them, reloaded while Wix cannot say. */
async function thankYou(shopper: Shopper, location: string): Promise<Units | null> {
  const path = shopper.browser.shopPath(location);
  if (!path) throw new Error(`checkout returned to ${location}`);
  for (let i = 0; i < THANK_YOU_TRIES; i++) {
    const page = await shopper.view('thank-you', path);
    const lines = page.status === 200 ? orderLines(page.body) : null;
    if (lines) return lines;
    await new Promise((resolve) => setTimeout(resolve, THANK_YOU_PAUSE_MS));
  }
  return null;
}

/** /cart's Checkout, Wix's hosted checkout with the test card, then the thank-you page. */
export async function checkout(shopper: Shopper): Promise<void> {
  const { ledger, tally } = shopper.world;
  const owner = shopper.owner;
  const expected = [...ledger.expected(owner).values()].reduce((sum, n) => sum + n, 0);
  const cart = await shopper.view('cart', '/cart');
  // Only a shopper who has added something goes on to check out.
  if (expected <= 0) return;
  const answer =
    cart.status === 200
      ? await submit(shopper, 'checkout', cart.body, '/cart', 'Checkout', {})
      : null;
  if (!answer) {
    const shown = cart.status === 200 ? cartLines(cart.body) : null;
    const why = !shown
      ? `cart not shown (${cart.status})`
      : shown.size
        ? 'no Checkout button'
        : 'cart empty';
    return void count(tally.failedCheckouts, why);
  }
  const hosted =
    answer.status === 303 && answer.location && !shopper.browser.shopPath(answer.location)
      ? answer.location
      : null;
  if (!hosted) {
    count(tally.failedCheckouts, notice(answer.location) ?? `status ${answer.status}`);
    return void (await shopper.follow(answer, 'cart'));
  }
  const page = await shopper.browser.wix(hosted);
  const form = findForm(page.body, 'Place order');
  // 410: another browser of the same member placed this cart's order first.
  if (page.status !== 200 || !form)
    return void count(tally.failedCheckouts, `hosted checkout ${page.status}`);
  const lines = checkoutLines(page.body);
  const fields = withFields(form, { ...BUYER, payment: 'success' });
  const placed = await shopper.browser.wix(
    new URL('/_wix/checkout/place-order', hosted).href,
    Object.fromEntries(fields),
  );
  if (placed.status !== 303 || !placed.location)
    return void count(tally.failedCheckouts, `place order ${placed.status}`);
  tally.checkouts++;
  const ordered = await thankYou(shopper, placed.location);
  if (!ordered) tally.ordersFromCheckoutPage++;
  ledger.order(owner, ordered ?? lines);
}
