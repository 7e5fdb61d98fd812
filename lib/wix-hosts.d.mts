/** Wix's own hosts for its managed pages; each also covers its subdomains. */
export const WIX_HOST_SUFFIXES: readonly string[];
