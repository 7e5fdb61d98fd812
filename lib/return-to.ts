// Kept short: it rides in the sealed session cookie while a sign-in is pending.
const MAX_LENGTH = 256;
const PROBE_ORIGIN = 'http://return-to.invalid';
// Control characters (CR/LF header injection, NUL) and backslashes (browsers read `/\` as `//`).
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

function decodeLayers(value: string): string[] | null {
  const layers = [value];
  let current = value;
  for (let i = 0; i < 3 && current.includes('%'); i++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return null;
    }
    layers.push(current);
  }
  return layers;
}

/**
 * Returns `value` when it is a same-origin relative path that is safe to redirect to after
 * sign-in, else `/`. Encoded tricks (`/%2F%2Fevil`, `/%5Cevil`) are checked after decoding.
 */
export function sanitizeReturnTo(value: string | null | undefined): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return '/';
  const layers = decodeLayers(value);
  if (!layers) return '/';
  for (const layer of layers) {
    if (!layer.startsWith('/') || layer.startsWith('//') || UNSAFE.test(layer)) return '/';
  }
  const url = new URL(value, PROBE_ORIGIN);
  // Normalising can turn `/.//evil.example` into `//evil.example`: check what is returned too.
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith('//')) return '/';
  // Never send a member back into the OAuth callback: it would only show a replay error.
  if (url.pathname.startsWith('/auth/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
