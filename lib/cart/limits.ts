/** Wix's own bounds for a cart line's quantity (a module of its own: client code imports it). */
export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 100_000;
