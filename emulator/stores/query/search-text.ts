/** Lower-case words of a text, markup stripped ("T-Shirt" → "t", "shirt"). */
export const wordsOf = (text: string): string[] =>
  text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export type SearchMode = 'OR' | 'AND';

/**
 * Free-text match like Wix search: case-insensitive, a term matches a word that starts with it,
 * anywhere in the text. Returns a score (0 = no match); matches in earlier fields score higher.
 */
export function searchScore(
  expression: string,
  fields: readonly string[],
  mode: SearchMode = 'OR',
) {
  const terms = wordsOf(expression);
  if (terms.length === 0) return 1;
  const fieldWords = fields.map(wordsOf);
  const hits = terms.map((term) => {
    const index = fieldWords.findIndex((words) => words.some((w) => w.startsWith(term)));
    return index === -1 ? 0 : fields.length - index;
  });
  if (mode === 'AND' && hits.includes(0)) return 0;
  return hits.reduce((a, b) => a + b, 0);
}
