// What a Next cache value costs in memory, roughly but never much under: strings count one byte
// a character, or two when V8 must store them as UTF-16; buffers count their bytes.

const PER_ENTRY = 256;

/** @param {string | undefined} text */
function stringBytes(text) {
  if (!text) return 0;
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length;
}

/** @param {unknown} value */
const jsonBytes = (value) => (value === undefined ? 0 : stringBytes(JSON.stringify(value)));

/** @param {{ byteLength: number } | undefined} buffer */
const bufferBytes = (buffer) => buffer?.byteLength ?? 0;

/** @param {Map<string, { byteLength: number }> | undefined} segments */
function segmentBytes(segments) {
  let total = 0;
  for (const [path, buffer] of segments ?? []) total += stringBytes(path) + buffer.byteLength;
  return total;
}

/**
 * Estimated bytes of one cache entry: its key and the value Next stores (a page, a route
 * handler's body, a data-cache answer, or null for a page that does not exist).
 * @param {string} key
 * @param {any} value
 */
export function entryBytes(key, value) {
  const base = PER_ENTRY + stringBytes(key);
  if (!value) return base;
  switch (value.kind) {
    case 'FETCH':
      return base + jsonBytes(value.data) + jsonBytes(value.tags);
    case 'APP_PAGE':
      return (
        base +
        stringBytes(value.html) +
        bufferBytes(value.rscData) +
        segmentBytes(value.segmentData) +
        stringBytes(value.postponed) +
        jsonBytes(value.headers)
      );
    case 'APP_ROUTE':
      return base + bufferBytes(value.body) + jsonBytes(value.headers);
    case 'PAGES':
      return base + stringBytes(value.html) + jsonBytes(value.pageData) + jsonBytes(value.headers);
    default:
      return base + jsonBytes(value);
  }
}
