/** A member's name as the session keeps it: at most this many characters as people count them. */
export const MEMBER_NAME_MAX_CHARACTERS = 80;
/** …and at most this many bytes in the sealed JSON, so the cookie stays below 4096 bytes. */
export const MEMBER_NAME_MAX_BYTES = 160;

const ELLIPSIS = '…';
// Longer names are cut anyway; this keeps the work bounded whatever Wix sends.
const MAX_INPUT_LENGTH = 2000;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const utf8 = new TextEncoder();

// What the text costs inside the sealed JSON (quotes and backslashes are escaped).
const jsonBytes = (text: string) => utf8.encode(JSON.stringify(text)).length - 2;

/**
 * Shortens a display name to its bounds, cutting between whole characters (an emoji family or
 * a letter with its accents stays whole) and ending with an ellipsis; control characters go.
 */
export function shortenMemberName(name: string): string {
  const clean = name
    .slice(0, MAX_INPUT_LENGTH)
    // Half of a surrogate pair is no character at all (and would be escaped into six bytes).
    .replace(/\p{Cs}/gu, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
  const parts = [...graphemes.segment(clean)].map((s) => s.segment);
  if (parts.length <= MEMBER_NAME_MAX_CHARACTERS && jsonBytes(clean) <= MEMBER_NAME_MAX_BYTES) {
    return clean;
  }
  let kept = '';
  let bytes = jsonBytes(ELLIPSIS);
  for (const part of parts.slice(0, MEMBER_NAME_MAX_CHARACTERS - 1)) {
    bytes += jsonBytes(part);
    if (bytes > MEMBER_NAME_MAX_BYTES) break;
    kept += part;
  }
  // One "character" with hundreds of combining marks: keep its first code points instead.
  if (!kept) kept = cutCodePoints(parts[0] ?? '', MEMBER_NAME_MAX_BYTES - jsonBytes(ELLIPSIS));
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

function cutCodePoints(text: string, maxBytes: number): string {
  let kept = '';
  for (const codePoint of text) {
    if (jsonBytes(kept + codePoint) > maxBytes) break;
    kept += codePoint;
  }
  return kept;
}
