// Pages as the shop and the emulator render them (trimmed from real answers), for unit tests.

/** A friendly page as lib/html-page.ts writes it. */
export const friendlyHtml = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title} · Storefront</title></head><body><header><a href="/">Storefront</a></header><main><h1>${title}</h1><p>We could not reach Wix.</p><a class="button" href="/">Try again</a></main></body></html>`;

const cartLine = (id: string, name: string, quantity: number) =>
  `<li class="flex"><div class="flex min-w-0 gap-4"><p class="font-medium"><a href="/products/x">${name}</a></p></div><form class="flex items-center gap-1.5"><input type="hidden" name="lineId" value="${id}"/><label for="quantity-${id}" class="sr-only">Quantity of <!-- -->${name}</label><input id="quantity-${id}" type="number" inputMode="numeric" min="1" max="100000" required="" class="w-20" name="quantity" value="${quantity}"/></form></li>`;

/** /cart with these lines (name, quantity). */
export const cartHtml = (lines: [string, number][]) =>
  `<main><section><h1 class="text-3xl font-bold">Your cart</h1><div class="mt-8"><p role="status"></p>${
    lines.length
      ? `<div class="mt-4 grid"><ul aria-label="Cart items">${lines.map(([name, q], i) => cartLine(`l${i}`, name, q)).join('')}</ul><button type="submit">Checkout</button></div>`
      : '<div class="mt-6"><p class="text-lg">Your cart is empty</p></div>'
  }</div></section></main>`;

/** /cart when Wix could not be reached. */
export const cartUnavailableHtml =
  '<main><section><h1 class="text-3xl font-bold">Your cart</h1><p role="alert" class="mt-8">We could not reach the shop&#x27;s cart just now. Your cart is kept; please try again shortly.</p></section></main>';

/** The thank-you page with these order lines. */
export const thankYouHtml = (lines: [string, number, string[]][]) =>
  `<section class="max-w-2xl"><h1 class="text-3xl font-bold">Thank you for your order</h1><ul aria-label="Items in your order" class="divide-y">${lines
    .map(
      ([name, q, options]) =>
        `<li class="flex justify-between"><div><p class="font-medium">${name}</p>${options.map((o) => `<p class="text-zinc-600">${o.replace(': ', '<!-- -->: <!-- -->')}</p>`).join('')}<p class="text-zinc-600">Quantity: <!-- -->${q}</p></div><p class="font-medium">$1.00</p></li>`,
    )
    .join('')}</ul></section>`;

/** Wix's hosted checkout page's order table. */
export const checkoutHtml = (lines: [string, number, string][]) =>
  `<table aria-labelledby="order-heading"><thead><tr><th scope="col">Item</th></tr></thead><tbody>${lines
    .map(
      ([name, q, options]) => `
      <tr>
        <th scope="row">
          ${name} ${options ? `<span class="options">${options}</span>` : ''}
          <span class="note">Only 3 left</span>
        </th>
        <td class="number">${q}</td>
        <td class="number">$2.00</td>
      </tr>`,
    )
    .join('')}</tbody></table>`;
