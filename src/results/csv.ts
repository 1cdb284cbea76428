import { stringify } from 'csv-stringify/sync';

/** CSV flavour: RFC 4180 (comma, CRLF), or Dutch Excel (semicolon, CRLF, with a byte-order mark). */
export interface CsvDialect {
  readonly delimiter: ',' | ';';
  readonly bom: boolean;
}

/** A cell value; numbers and booleans are written as they are, strings are escaped. */
export type CsvCell = string | number | boolean | null;

/** The dialect for `--excel` or plain CSV. */
export function csvDialect(excel: boolean): CsvDialect {
  return excel ? { delimiter: ';', bom: true } : { delimiter: ',', bom: false };
}

// What a spreadsheet runs as a formula: = + - @ (also their full-width forms, which some
// spreadsheets fold to ASCII), and tab or CR, after which a spreadsheet may still see one.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, as OWASP advises
 * against CSV injection.
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// csv-stringify quotes cells with the delimiter, a quote or the record delimiter (CRLF) only. A
// bare LF or CR must be quoted too, or readers split the record there; a byte-order mark, and
// space at either end, are quoted so that no reader strips them.
const ALSO_QUOTED = [/[\r\n\uFEFF]/, /^\s|\s$/];

/** Format rows as CSV text (no byte-order mark; the writer adds it once at the start of a file). */
export function formatCsvRows(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  if (rows.length === 0) return '';
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? escapeFormula(cell) : cell === null ? '' : String(cell))));
  return stringify(cells, { delimiter: dialect.delimiter, record_delimiter: 'windows', quoted_match: ALSO_QUOTED });
}

/** A whole CSV file: the byte-order mark of the dialect, then the rows. */
export function formatCsvFile(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  return (dialect.bom ? '\uFEFF' : '') + formatCsvRows(rows, dialect);
}
