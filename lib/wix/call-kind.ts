// What a call to Wix is: which Wix API answers it (one circuit breaker each) and whether it is
// a read, which may be sent twice. The SDK names every module method in `x-wix-bi-gateway`
// (`…,method-fqn=wix.bookings.services.v2.ServicesService.QueryServices,…`).

const API_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The Wix API of a request path: its first segment after `_api` and version segments, without
 * a `-reader`/`-service`/`-api` suffix (`/_api/bookings-reader/v2/…` → `bookings`,
 * `/v2/collections/…` → `collections`, `/oauth2/token` → `oauth2`).
 */
export function wixApiOf(pathname: string): string {
  const segment = pathname
    .split('/')
    .find((part) => part !== '' && part !== '_api' && !/^v\d+$/.test(part));
  const name = (segment ?? '').toLowerCase().replace(/-(reader|service|api)$/, '');
  return API_NAME.test(name) ? name : 'other';
}

/** The method's own name from the SDK's `x-wix-bi-gateway` header (`QueryServices`), if any. */
export function sdkMethodOf(biHeader: string | null): string | null {
  const fqn = biHeader
    ?.split(',')
    .find((pair) => pair.startsWith('method-fqn='))
    ?.slice('method-fqn='.length);
  return fqn?.split('.').pop() || null;
}

// Wix's read methods are named for what they do; `GetOrCreate…` would create, so it is not one.
const READ_METHOD = /^(Get|List|Query|Search|Count)(?!Or)[A-Z]/;
const READ_PATH = /\/(query|search)$/;

/**
 * A read changes nothing at Wix, so sending it again is safe: GET and HEAD, and the POSTs that
 * carry a query (services, time slots, extended bookings, categories). Token grants never are:
 * session upkeep has its own deadline and answer to a failed one.
 */
export function isReadCall(method: string, pathname: string, biHeader: string | null): boolean {
  if (pathname.startsWith('/oauth2/')) return false;
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') return true;
  if (verb !== 'POST') return false;
  const sdkMethod = sdkMethodOf(biHeader);
  return sdkMethod ? READ_METHOD.test(sdkMethod) : READ_PATH.test(pathname);
}
