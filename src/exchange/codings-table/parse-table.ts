import { parse } from 'csv-parse/sync';
import { CODE_PATH_SEPARATOR } from '../coding-model.js';
import { type ColumnMap, mapColumns } from './columns.js';

/** One coding as a row of the table says it, before its document is looked up. */
export interface TableRow {
  /** 1-based line of the row in the file. */
  readonly line: number;
  readonly document: string;
  /** Code paths, top of the hierarchy first; one per code in the row. */
  readonly codePaths: readonly (readonly string[])[];
  readonly coder: string | null;
  /** Line range as written (1-based, inclusive), when the table has one. */
  readonly lines: readonly [number, number] | null;
  readonly quote: string | null;
}

/** The rows of a table, or the one reason it cannot be read at all. */
export type ParsedTable =
  | { readonly rows: readonly TableRow[]; readonly columns: ColumnMap; readonly delimiter: string }
  | { readonly error: string; readonly line?: number };

/** Parse a codings table: comma-, semicolon- or tab-separated (found from the header), byte-order mark allowed. */
export function parseCodingsTable(text: string): ParsedTable {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = guessDelimiter(content);
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    const options = { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, raw: true };
    records = parse(content, options) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      error: `not a readable CSV table: ${error instanceof Error ? error.message : String(error)}`,
      ...(line === undefined ? {} : { line }),
    };
  }
  const [header, ...body] = records;
  if (header === undefined) return { error: 'the table is empty' };
  const columns = mapColumns(header.record);
  const { document, code, codes, theme, quote, lineStart, lineEnd, coder } = columns.columns;
  const missing = [
    document === undefined ? 'a document column (document, doc, bestand, ...)' : null,
    code === undefined && codes === undefined ? 'a code column (code, codes, code_path, ...)' : null,
    quote === undefined && lineStart === undefined
      ? 'a quote column (quote, citaat, text, tekst, ...) or a line column (line_start, regel, ...)'
      : null,
  ].filter((entry): entry is string => entry !== null);
  if (missing.length > 0) {
    return { error: `the table needs ${missing.join(', and ')}; its header is: ${header.record.join(', ')}`, line: 1 };
  }
  const cell = (record: readonly string[], index: number | undefined): string => (index === undefined ? '' : (record[index] ?? '').trim());
  const rows = body.map(({ record, raw, info }): TableRow => {
    const themeName = cell(record, theme);
    const codeCells = code === undefined ? cell(record, codes).split(/\s*[;\n]\s*/) : [cell(record, code)];
    const codePaths = codeCells.filter((value) => value !== '').map((value) => withTheme(splitPath(value), themeName));
    const first = cell(record, lineStart);
    const last = cell(record, lineEnd);
    return {
      line: startLine(info.lines, raw),
      document: cell(record, document),
      codePaths,
      coder: cell(record, coder) || null,
      lines: first === '' ? null : [Number(first), Number(last === '' ? first : last)],
      quote: quote === undefined ? null : (record[quote] ?? '').trim() || null,
    };
  });
  return { rows, columns, delimiter };
}

/** The first line of a record: csv-parse counts to its last line, and a quoted cell can hold line breaks. */
function startLine(lastLine: number, raw: string): number {
  const breaks = raw.replace(/\r?\n$/, '').split('\n').length - 1;
  return lastLine - breaks;
}

/** "Theme > Code" (also "Theme>Code") as ["Theme", "Code"]. */
function splitPath(value: string): string[] {
  return value.split(/\s*>\s*/).filter((part) => part !== '');
}

/** Put the theme column's value on top of a path that does not start with it already. */
function withTheme(path: string[], theme: string): string[] {
  return theme === '' || path[0] === theme ? path : [theme, ...path];
}

/**
 * The separator that occurs most often outside quotes in the first line; on a tie a semicolon or
 * tab, because names hold commas (`Wachten, hulp te laat` in a table Dutch Excel saved with `;`).
 */
export function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const outside = header.replace(/"[^"]*"/g, '');
  const counts = [';', '\t', ','].map((separator) => [separator, outside.split(separator).length - 1] as const);
  const best = counts.reduce((found, entry) => (entry[1] > found[1] ? entry : found));
  return best[1] === 0 ? ',' : best[0];
}

/** A code path as one string, the id codes of a table get. */
export function joinPath(path: readonly string[]): string {
  return path.join(CODE_PATH_SEPARATOR);
}
