import type { CartActionResult } from './cart-action';

type CartServerAction = (form: FormData) => Promise<CartActionResult>;

/**
 * A cart action as a `<form action>`: posted without JavaScript it answers with a redirect and
 * its data is never read, so React's `void` signature holds. The same function, not a wrapper:
 * a wrapper would be client code and the form would need JavaScript.
 */
export function asFormAction(action: CartServerAction): (form: FormData) => Promise<void> {
  return action as unknown as (form: FormData) => Promise<void>;
}
