import type { Diagnostic } from '../model/diagnostic.js';

/** A value of a spreadsheet cell as read: text, a number, a truth value or a date; null for an empty cell. */
export type CellValue = string | number | boolean | Date | null;

/** Case attributes from a spreadsheet: one row per document, keyed by its id or file name. */
export interface AttributeSheet {
  /** The spreadsheet as the user named it, for messages. */
  readonly file: string;
  /** The header of the column that names the documents. */
  readonly keyColumn: string;
  /** The attribute columns, in sheet order. */
  readonly columns: readonly string[];
  readonly rows: readonly SheetRow[];
}

/** One row of an attribute sheet: its spreadsheet row number (the header is row 1), key and non-empty values. */
export interface SheetRow {
  readonly row: number;
  readonly key: string;
  readonly values: Readonly<Record<string, string>>;
}

/** Headers of the column that names the documents, in order of preference. */
const KEY_COLUMNS = [
  'id',
  'document',
  'document_id',
  'documentid',
  'doc',
  'interview',
  'file',
  'filename',
  'file_name',
  'bestand',
  'bestandsnaam',
];

/**
 * Read the rows of an attribute sheet: the first row holds the column names, one of them names the
 * documents (id, document, interview, file, bestand, ...), every other column is an attribute. A
 * missing key column, a duplicate or empty column name and two rows for one document are errors
 * naming the file and rows (the sheet is not used); a row without a key is a warning and skipped.
 */
export function toAttributeSheet(
  rows: readonly (readonly CellValue[])[],
  file: string,
): { sheet: AttributeSheet | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (reason: string, ruleId: string): { sheet: null; diagnostics: Diagnostic[] } => ({
    sheet: null,
    diagnostics: [...diagnostics, { file, severity: 'error', reason, ruleId }],
  });
  const headerIndex = rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  if (headerIndex < 0)
    return error(
      'the attributes sheet is empty: give a first row of column names (id, gemeente, rol, ...) and one row per document',
      'attributes-empty',
    );
  const header = rows[headerIndex]!.map(cellText);
  const lastNamed = header.reduce((last, name, index) => (name !== '' ? index : last), -1);
  const names = header.slice(0, lastNamed + 1);
  const keyIndex = KEY_COLUMNS.map((name) => names.findIndex((header) => header.toLowerCase() === name)).find((index) => index >= 0);
  if (keyIndex === undefined) {
    return error(
      `row ${headerIndex + 1} has no column that names the documents: call one column id (the document id) or file (the file name); found ${names.map((name) => `"${name}"`).join(', ')}`,
      'attributes-no-id-column',
    );
  }
  const blank = names.indexOf('');
  if (blank >= 0)
    return error(
      `row ${headerIndex + 1}, column ${columnName(blank)}: a column without a name; name it or delete it`,
      'attributes-column-name',
    );
  const twice = names.find((name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) !== index);
  if (twice !== undefined)
    return error(`row ${headerIndex + 1}: the column "${twice}" appears twice; rename one`, 'attributes-column-name');
  const seen = new Map<string, number>();
  const sheetRows: SheetRow[] = [];
  const duplicates: string[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const cells = rows[index]!;
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const row = index + 1;
    const key = cellText(cells[keyIndex] ?? null);
    if (key === '') {
      diagnostics.push({
        file,
        severity: 'warning',
        reason: `row ${row} has no ${names[keyIndex]}; skipped`,
        ruleId: 'attributes-row-without-id',
      });
      continue;
    }
    const earlier = seen.get(key.toLowerCase());
    if (earlier !== undefined) duplicates.push(`"${key}" in rows ${earlier} and ${row}`);
    seen.set(key.toLowerCase(), row);
    const values: Record<string, string> = {};
    names.forEach((name, column) => {
      const value = cellText(cells[column] ?? null);
      if (column !== keyIndex && value !== '') values[name] = value;
    });
    sheetRows.push({ row, key, values });
  }
  if (duplicates.length > 0)
    return error(`two rows for one document: ${duplicates.join('; ')}; keep one row per document`, 'attributes-duplicate-id');
  return {
    sheet: { file, keyColumn: names[keyIndex]!, columns: names.filter((_, index) => index !== keyIndex), rows: sheetRows },
    diagnostics,
  };
}

/** A cell as text: trimmed; a date as `2025-03-14` (with the time when it has one), numbers as written by JavaScript. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
  }
  return String(cell).trim();
}

/** A spreadsheet column letter: 0 is A, 26 is AA. */
function columnName(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26));
}
