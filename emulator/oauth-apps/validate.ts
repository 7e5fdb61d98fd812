import type { FieldViolation } from '../http/errors';

export const NAME_MIN = 2;
export const NAME_MAX = 256;
export const MAX_LIST = 20;
const MAX_URL_LENGTH = 2048;

/** The fields a client may set; `null` clears a URL. */
export interface OAuthAppFields {
  name?: string;
  description?: string;
  allowedRedirectUris?: string[];
  allowedRedirectDomains?: string[];
  loginUrl?: string | null;
  logoutUrl?: string | null;
}

function httpUrlProblem(value: string): string | null {
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  if (/\s/.test(value)) return 'must not contain spaces';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https';
  if (!url.hostname) return 'must name a host';
  return null;
}

/** Auth redirect URIs are matched exactly, so anything fuzzy (fragments, wildcards) is refused. */
export function redirectUriProblem(value: string): string | null {
  if (value.includes('*')) return 'must not contain wildcards (Wix matches redirect URIs exactly)';
  if (value.includes('#')) return 'must not contain a fragment (#…)';
  return httpUrlProblem(value);
}

const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*(?::(\\d{1,5}))?$`, 'i');

/** allowedRedirectDomains entries are `host[:port]`, the form the emulator compares URL hosts with. */
export function redirectDomainProblem(value: string): string | null {
  if (value.includes('*')) return 'must not contain wildcards';
  if (value.includes('://'))
    return 'must be a host[:port] without a scheme (e.g. shop.example.com)';
  if (/[/?#]/.test(value)) return 'must be a host[:port] without a path';
  const match = DOMAIN.exec(value);
  if (!match) return 'must be a host name with an optional port (e.g. localhost:3000)';
  const port = match[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    return 'has a port outside 1-65535';
  return null;
}

function listViolations(
  field: string,
  values: string[],
  problemOf: (value: string) => string | null,
): FieldViolation[] {
  if (values.length > MAX_LIST) {
    return [{ field, description: `must have at most ${MAX_LIST} entries, got ${values.length}` }];
  }
  const violations: FieldViolation[] = [];
  const seen = new Set<string>();
  values.forEach((value, i) => {
    const problem = seen.has(value) ? 'is listed twice' : problemOf(value);
    if (problem) violations.push({ field: `${field}[${i}]`, description: problem });
    seen.add(value);
  });
  return violations;
}

/** Every rule broken by `fields`, named as Wix does (`oAuthApp.allowedRedirectUris[2]`). */
export function validateAppFields(fields: OAuthAppFields, prefix = 'oAuthApp'): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const { name, allowedRedirectUris, allowedRedirectDomains, loginUrl, logoutUrl } = fields;
  if (name !== undefined && (name.trim().length < NAME_MIN || name.length > NAME_MAX)) {
    violations.push({
      field: `${prefix}.name`,
      description: `must be ${NAME_MIN} to ${NAME_MAX} characters`,
    });
  }
  if (allowedRedirectUris) {
    const field = `${prefix}.allowedRedirectUris`;
    violations.push(...listViolations(field, allowedRedirectUris, redirectUriProblem));
  }
  if (allowedRedirectDomains) {
    const field = `${prefix}.allowedRedirectDomains`;
    violations.push(...listViolations(field, allowedRedirectDomains, redirectDomainProblem));
  }
  for (const [key, value] of [
    ['loginUrl', loginUrl],
    ['logoutUrl', logoutUrl],
  ] as const) {
    const problem = value ? httpUrlProblem(value) : null;
    if (problem) violations.push({ field: `${prefix}.${key}`, description: problem });
  }
  return violations;
}
