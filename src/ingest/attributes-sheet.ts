import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../model/diagnostic.js';
import { decodeTranscriptBytes } from './encoding.js';
import type { TextEncoding } from '../model/transcript.js';
import { describeFsError } from '../text/fs-error.js';
import { checkOfficeArchive } from './office-archive.js';
import { toAttributeSheet, type AttributeSheet, type CellValue } from './sheet-rows.js';

/** Extensions of attribute sheets: CSV (any of , ; or tab between cells) and Excel workbooks. */
export const SHEET_EXTENSIONS: readonly string[] = ['.csv', '.tsv', '.txt', '.xlsx'];

/**
 * Read the case attributes of `--attributes`: a CSV file (UTF-8, UTF-16 with a byte-order mark,
 * or `encoding`; the separator is the one of `,` `;` and tab that the first row uses most, so
 * Dutch Excel's `;` works) or the first sheet of an .xlsx workbook (checked like a .docx first).
 * Problems are errors naming the file (and row); then the sheet is null.
 */
export async function readAttributesSheet(
  absolute: string,
  file: string,
  encoding: TextEncoding = 'utf-8',
): Promise<{ sheet: AttributeSheet | null; diagnostics: Diagnostic[] }> {
  const failed = (reason: string, ruleId: string): { sheet: null; diagnostics: Diagnostic[] } => ({
    sheet: null,
    diagnostics: [{ file, severity: 'error', reason, ruleId }],
  });
  const extension = path.extname(absolute).toLowerCase();
  if (!SHEET_EXTENSIONS.includes(extension))
    return failed(`attributes must be a .csv or .xlsx file; save the sheet as CSV (or .xlsx) and try again`, 'attributes-format');
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    return failed(`cannot read the attributes file: ${describeFsError(error)}`, 'attributes-unreadable');
  }
  if (extension === '.xlsx') {
    const problem = await checkOfficeArchive(bytes, file, undefined, 'xlsx');
    if (problem) return failed(problem.reason.replace(/; skipped$/, ''), problem.ruleId);
    try {
      // Loaded only for a workbook; CSV needs none of it.
      const { readSheet } = await import('read-excel-file/node');
      return toAttributeSheet((await readSheet(bytes)) as CellValue[][], file);
    } catch (error) {
      return failed(`cannot read the workbook: ${error instanceof Error ? error.message : String(error)}`, 'attributes-unreadable');
    }
  }
  const decoded = decodeTranscriptBytes(bytes, file, encoding);
  if ('reason' in decoded) return { sheet: null, diagnostics: [{ ...decoded, severity: 'error' }] };
  try {
    return toAttributeSheet(parseCsv(decoded.text), file);
  } catch (error) {
    return failed(`not valid CSV: ${error instanceof Error ? error.message : String(error)}`, 'attributes-csv');
  }
}

/** Parse CSV text into rows of cells; blank lines stay rows, so row numbers are those a spreadsheet shows. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t']
    .map((candidate) => ({ candidate, count: countOutsideQuotes(firstLine, candidate) }))
    .sort((a, b) => b.count - a.count)[0]!;
  return parse(text, {
    delimiter: delimiter.count > 0 ? delimiter.candidate : ',',
    relax_column_count: true,
    skip_empty_lines: false,
    bom: true,
  }) as string[][];
}

function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const found of line) {
    if (found === '"') quoted = !quoted;
    else if (found === char && !quoted) count++;
  }
  return count;
}
