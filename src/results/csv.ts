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

/**
 * Text that a spreadsheet would run as a formula (= + - @ tab CR at the start) gets a leading
 * apostrophe, as OWASP advises against CSV injection.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Format rows as CSV text (no byte-order mark; the writer adds it once at the start of a file). */
export function formatCsvRows(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  if (rows.length === 0) return '';
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? escapeFormula(cell) : cell === null ? '' : String(cell))));
  return stringify(cells, { delimiter: dialect.delimiter, record_delimiter: 'windows' });
}
