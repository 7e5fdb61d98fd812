// Wix's own hosts for its managed pages (login, logout, checkout, booking) [unverified: a site
// may serve them on its connected domain; such hosts go in WIX_MANAGED_PAGE_HOSTS]. Plain .mjs
// because next.config.mjs builds the form-action policy from the same list the shop follows.
export const WIX_HOST_SUFFIXES = [
  'wix.com',
  'wixapis.com',
  'wixsite.com',
  'wixstudio.com',
  'editorx.io',
];
