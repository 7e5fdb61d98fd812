import type { FieldViolation } from '../http/errors';

export const UPDATABLE_FIELDS = [
  'name',
  'description',
  'allowedRedirectDomains',
  'allowedRedirectUris',
  'loginUrl',
  'logoutUrl',
] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

export type MaskResult =
  { ok: true; paths: UpdatableField[] } | { ok: false; violations: FieldViolation[] };

// Wix's gateway accepts both spellings of field paths; the SDK sends whatever the caller wrote.
const camel = (path: string): string =>
  path.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const isUpdatable = (path: string): path is UpdatableField =>
  (UPDATABLE_FIELDS as readonly string[]).includes(path);

/** The SDK sends `mask: string[]` as one comma-separated string; arrays are accepted too. */
export function parseMask(mask: string | string[] | undefined | null): MaskResult {
  const raw = Array.isArray(mask) ? mask : (mask ?? '').split(',');
  const paths = raw.map((p) => p.trim()).filter(Boolean);
  if (paths.length === 0) {
    const description = `is required: list the fields to update (${UPDATABLE_FIELDS.join(', ')})`;
    return { ok: false, violations: [{ field: 'mask', description }] };
  }
  const violations: FieldViolation[] = [];
  const accepted = new Set<UpdatableField>();
  for (const path of paths) {
    const name = camel(path.replace(/^oAuthApp\./, ''));
    if (isUpdatable(name)) accepted.add(name);
    else
      violations.push({
        field: 'mask',
        description: `path "${path}" cannot be updated; updatable: ${UPDATABLE_FIELDS.join(', ')}`,
      });
  }
  return violations.length ? { ok: false, violations } : { ok: true, paths: [...accepted] };
}
