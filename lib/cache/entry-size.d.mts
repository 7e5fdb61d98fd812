/** Estimated bytes of one cache entry: its key and the value Next stores. */
export function entryBytes(key: string, value: unknown): number;
