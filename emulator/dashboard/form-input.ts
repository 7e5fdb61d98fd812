import type { FieldViolation } from '../http/errors';
import type { OAuthAppFields } from '../oauth-apps/validate';

const LABELS: Record<string, string> = {
  name: 'Name',
  allowedRedirectDomains: 'Allowed redirect domains',
  allowedRedirectUris: 'Allowed authorization redirect URIs',
  loginUrl: 'Login URL',
  logoutUrl: 'Logout URL',
};

/** One entry per non-blank line, trimmed. */
export const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The edit form's fields as an OAuth app update (blank URLs clear them). */
export function editFields(form: Record<string, string>): OAuthAppFields {
  return {
    name: form.name ?? '',
    allowedRedirectDomains: lines(form.redirectDomains),
    allowedRedirectUris: lines(form.redirectUris),
    loginUrl: form.loginUrl?.trim() || null,
    logoutUrl: form.logoutUrl?.trim() || null,
  };
}

/** `oAuthApp.allowedRedirectUris[2]` → "Allowed authorization redirect URIs, entry 3 (…): …". */
export function describeViolation(v: FieldViolation, fields: OAuthAppFields): string {
  const match = /^oAuthApp\.(\w+)(?:\[(\d+)\])?$/.exec(v.field);
  const key = match?.[1] ?? '';
  const label = LABELS[key] ?? v.field;
  if (match?.[2] === undefined) return `${label} ${v.description}.`;
  const index = Number(match[2]);
  const list = fields[key as 'allowedRedirectUris' | 'allowedRedirectDomains'] ?? [];
  return `${label}, entry ${index + 1} (${list[index] ?? ''}): ${v.description}.`;
}
