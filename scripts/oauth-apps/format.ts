import type { AppRecord } from './client';
import type { Target } from './target';

/** A readable block, one field per line; lists continue under their first value. */
export function formatApp(app: AppRecord): string {
  const rows: [string, string[]][] = [
    ['Name', [app.name]],
    ['Client ID', [app.id]],
    ['Type', [app.applicationType]],
    ['Created', [app.createdDate ?? '(unknown)']],
    ['Description', [app.description || '(none)']],
    [
      'Allowed redirect URIs',
      app.allowedRedirectUris.length ? app.allowedRedirectUris : ['(none)'],
    ],
    [
      'Allowed redirect domains',
      app.allowedRedirectDomains.length ? app.allowedRedirectDomains : ['(none)'],
    ],
    ['Login URL', [app.loginUrl ?? '(none)']],
    ['Logout URL', [app.logoutUrl ?? '(none)']],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows
    .flatMap(([label, values]) =>
      values.map((value, i) => `${(i === 0 ? `${label}:` : '').padEnd(width)}${value}`),
    )
    .join('\n');
}

/** Columns CLIENT ID, NAME, CREATED, padded to the widest entry. */
export function formatList(apps: AppRecord[]): string {
  if (!apps.length) return 'No OAuth apps.';
  const rows = [
    ['CLIENT ID', 'NAME', 'CREATED'],
    ...apps.map((a) => [a.id, a.name, a.createdDate ?? '']),
  ];
  const widths = [0, 1].map((col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  return rows
    .map(([id = '', name = '', created = '']) =>
      `${id.padEnd(widths[0] ?? 0)}  ${name.padEnd(widths[1] ?? 0)}  ${created}`.trimEnd(),
    )
    .join('\n');
}

export const toJson = (value: AppRecord | AppRecord[]): string => JSON.stringify(value, null, 2);

interface SdkErrorLike {
  status?: number;
  details?: {
    applicationError?: { code?: string | number; description?: string };
    validationError?: { fieldViolations?: { field?: string; description?: string }[] };
  };
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ECONNRESET',
  'EAI_AGAIN',
  'ETIMEDOUT',
]);

/** The network failure under an SDK or fetch error (a code like ECONNREFUSED), if that is what it is. */
function networkProblem(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    const cause = (e as { cause?: unknown }).cause;
    // fetch rejects with a TypeError whose cause says why (e.g. "bad port") when no HTTP happened.
    if (e instanceof TypeError && cause instanceof Error && !(cause as { code?: unknown }).code)
      return cause.message;
    e = cause;
  }
  return null;
}

function hint(status: number | undefined, target: Target): string {
  if (status === 401)
    return target.kind === 'wix'
      ? ' (check WIX_API_KEY)'
      : ' (the emulator prints its key at start as "admin api key:"; unset WIX_API_KEY to use the default)';
  if (status === 403)
    return target.kind === 'wix'
      ? ' (check WIX_SITE_ID and the API key permissions)'
      : ' (the emulator prints its "site id:" at start; unset WIX_SITE_ID to use the default)';
  return '';
}

/** Any failure as ONE line: network, validation, application error, or the message's first line. */
export function describeError(error: unknown, target: Target): string {
  const code = networkProblem(error);
  if (code) {
    return target.kind === 'emulator'
      ? `cannot reach the Wix emulator at ${target.url} (${code}): start it with "npm run emulator" or set EMULATOR_URL`
      : `cannot reach Wix at www.wixapis.com (${code}): check your network connection`;
  }
  const sdk = error as SdkErrorLike;
  const violations = sdk.details?.validationError?.fieldViolations;
  if (violations?.length) {
    return `invalid input: ${violations.map((v) => `${v.field} ${v.description}`).join('; ')}`;
  }
  const app = sdk.details?.applicationError;
  if (app?.description) {
    const label = [sdk.status, typeof app.code === 'string' ? app.code : null].filter(Boolean);
    return `${app.description}${label.length ? ` [${label.join(' ')}]` : ''}${hint(sdk.status, target)}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}
