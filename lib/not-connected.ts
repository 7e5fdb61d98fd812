import { getEnv } from './env';
import { friendlyPageResponse } from './html-page';
import { warnOnce } from './server-log';
import { loginRedirectUri } from './wix/auth';

export const NOT_CONNECTED_MESSAGE =
  'This store is not connected to Wix (OAuth app not authorized).';

/** What shoppers see when Wix refuses the shop's OAuth app: no error page, no loop. */
export function notConnectedResponse(): Response {
  return friendlyPageResponse({
    status: 503,
    title: 'Sign-in is not available',
    message: `${NOT_CONNECTED_MESSAGE} You can keep browsing the shop.`,
    action: { href: '/', label: 'Back to the shop' },
  });
}

/** Tells the developer, in the server log, exactly what to fix in the OAuth app. */
export function reportNotConnected(detail: string): void {
  const { wixClientId } = getEnv();
  warnOnce(
    'not-connected',
    `${NOT_CONNECTED_MESSAGE} Wix said: ${detail}. Check that OAuth app ${wixClientId} (WIX_CLIENT_ID) exists and lists ${loginRedirectUri()} in its allowed authorization redirect URIs (Headless Settings, or: npm run oauth-apps -- update ${wixClientId} --add-redirect-uri ${loginRedirectUri()}).`,
  );
}
