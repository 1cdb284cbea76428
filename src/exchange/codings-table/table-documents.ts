/** A transcript the table's codings refer to: its id, the other names it may be called by, and its text. */
export interface TableDocument {
  readonly id: string;
  /** Other names a table may use: the file name, a title. */
  readonly aliases?: readonly string[];
  readonly text: string;
}

const EXTENSION = /\.(?:txt|md|markdown|docx?|pdf|rtf|odt|vtt|srt)$/i;

/** Compare document names leniently: case, surrounding space, folders and a file extension do not count. */
export function documentKey(name: string): string {
  const base = name.trim().split(/[\\/]/).pop() ?? '';
  return base.replace(EXTENSION, '').trim().toLowerCase();
}

/** Find documents by any of their names; a name two documents share finds neither (it is ambiguous). */
export function indexDocuments(documents: readonly TableDocument[]): (name: string) => TableDocument | 'ambiguous' | undefined {
  const byKey = new Map<string, TableDocument | 'ambiguous'>();
  for (const document of documents) {
    const keys = new Set([document.id, ...(document.aliases ?? [])].map(documentKey));
    for (const key of keys) {
      const known = byKey.get(key);
      byKey.set(key, known === undefined || known === document ? document : 'ambiguous');
    }
  }
  return (name) => byKey.get(documentKey(name));
}

/** Offsets [start, end) of lines `first`..`last` (1-based, inclusive, without the final line break), or why not. */
export function lineRange(text: string, first: number, last: number): { start: number; end: number; cut: boolean } | string {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1) return 'the line numbers are not whole numbers from 1';
  if (last < first) return `the line range ${first}-${last} runs backwards`;
  if (first > starts.length) return `line ${first} is past the end of the document (${starts.length} lines)`;
  const cut = last > starts.length;
  const endLine = Math.min(last, starts.length);
  let end = endLine < starts.length ? starts[endLine]! - 1 : text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return { start: starts[first - 1]!, end: Math.max(end, starts[first - 1]!), cut };
}
