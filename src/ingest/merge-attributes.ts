import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { AttributeSheet, SheetRow } from './sheet-rows.js';
import type { Attributes, AttributeValue } from '../model/transcript.js';

/** A document as far as attributes go: its id, file (as shown) and front-matter attributes. */
export interface AttributeTarget {
  readonly id: string;
  readonly file: string;
  readonly attributes: Attributes;
}

/** Merges sheet attributes into documents one at a time, as they stream through a run. */
export interface SheetMerger {
  /** The document's attributes with the sheet's row merged in, and what was assumed. */
  merge(document: AttributeTarget): { attributes: Attributes; diagnostics: Diagnostic[] };
  /** Warnings for the rows that no document merged so far has used: call after the last document. */
  finish(): Diagnostic[];
}

/**
 * Merge case attributes from a sheet into documents' attributes. A document takes the row that
 * names its id, else the row that names its file (with or without folder and extension); case
 * does not matter. Front matter wins where both give a value, with a warning when they differ;
 * sheet columns come after the front-matter keys. Documents that no row names, and (at the end)
 * rows that name no document, are warnings.
 */
export function createSheetMerger(sheet: AttributeSheet): SheetMerger {
  const byKey = new Map(sheet.rows.map((row) => [row.key.toLowerCase().replace(/\\/g, '/'), row]));
  const used = new Set<SheetRow>();
  return {
    merge(document) {
      const base = path.posix.basename(document.file);
      const row = [document.id, document.file, base, base.replace(/\.[^.]+$/, '')]
        .map((key) => byKey.get(key.toLowerCase()))
        .find((found) => found !== undefined);
      if (!row) {
        const reason = `no row for document "${document.id}" in ${sheet.file}; it has only the attributes of its front matter`;
        return {
          attributes: document.attributes,
          diagnostics: [{ file: document.file, severity: 'warning', reason, ruleId: 'attributes-missing-row' }],
        };
      }
      used.add(row);
      return mergeRow(sheet, row, document);
    },
    finish() {
      return sheet.rows
        .filter((row) => !used.has(row))
        .map((row) => ({
          file: sheet.file,
          severity: 'warning',
          reason: `row ${row.row}: no document "${row.key}" among the transcripts; its attributes are not used (check the ${sheet.keyColumn} against the transcripts' ids or file names)`,
          ruleId: 'attributes-unknown-document',
        }));
    },
  };
}

/** Merge a sheet into all documents at once: their attributes in order, then every warning. */
export function mergeSheetAttributes(
  sheet: AttributeSheet,
  documents: readonly AttributeTarget[],
): { attributes: Attributes[]; diagnostics: Diagnostic[] } {
  const merger = createSheetMerger(sheet);
  const merged = documents.map((document) => merger.merge(document));
  return {
    attributes: merged.map((one) => one.attributes),
    diagnostics: [...merged.flatMap((one) => one.diagnostics), ...merger.finish()],
  };
}

function mergeRow(sheet: AttributeSheet, row: SheetRow, document: AttributeTarget): { attributes: Attributes; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const merged: Record<string, AttributeValue> = { ...document.attributes };
  for (const column of sheet.columns) {
    const value = row.values[column];
    if (value === undefined) continue;
    const own = Object.hasOwn(document.attributes, column) ? document.attributes[column] : undefined;
    if (own === undefined || own === null) {
      merged[column] = value;
    } else if (!sameValue(own, value)) {
      diagnostics.push({
        file: document.file,
        severity: 'warning',
        reason: `attribute "${column}" is ${JSON.stringify(shown(own))} in the front matter and "${value}" in ${sheet.file} (row ${row.row}); the front matter's value is used`,
        ruleId: 'attributes-conflict',
      });
    }
  }
  return { attributes: merged, diagnostics };
}

/** Whether a front-matter value and a sheet's text say the same: `34` and "34", `true` and "TRUE". */
function sameValue(own: AttributeValue, text: string): boolean {
  if (typeof own === 'object' && own !== null) return false;
  return String(own).trim().toLowerCase() === text.trim().toLowerCase();
}

function shown(value: AttributeValue): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
