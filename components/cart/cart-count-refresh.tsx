'use client';

import { useEffect } from 'react';
import { getCart } from './actions';
import { cartCount } from './session-store';

/**
 * Re-reads the cart once the page is shown (after an order Wix has no cart left: 0 items) and
 * stores that count in the session; a server page cannot write cookies, an action can.
 */
export function CartCountRefresh() {
  useEffect(() => {
    let cancelled = false;
    getCart()
      .then((result) => {
        if (!cancelled && result.ok) cartCount.settle(null, result.cart.count);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return null;
}
