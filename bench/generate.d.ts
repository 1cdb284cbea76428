/** One synthetic interview of about `bytes` bytes (types for the tests that reuse the benchmark corpus). */
export function interview(index: number, bytes?: number): string;
/** Write `count` interviews into `folder` unless it already holds them. */
export function ensureCorpus(folder: string, count: number): void;
