import path from 'node:path';
import type { Diagnostic } from '../model.js';
import type { AttributeSheet, SheetRow } from './sheet-rows.js';
import type { Attributes, AttributeValue } from './transcript.js';

/** A document as far as attributes go: its id, file (as shown) and front-matter attributes. */
export interface AttributeTarget {
  readonly id: string;
  readonly file: string;
  readonly attributes: Attributes;
}

/**
 * Merge case attributes from a sheet into documents' attributes. A row belongs to the document
 * whose id it names, else to the documents whose file it names (with or without folder and
 * extension); case does not matter. Front matter wins where both give a value, with a warning when
 * they differ; sheet columns come after the front-matter keys. Rows that name no document and
 * documents that no row names are warnings. Returns the attributes in the order of `documents`.
 */
export function mergeSheetAttributes(sheet: AttributeSheet, documents: readonly AttributeTarget[]): { attributes: Attributes[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rowOf = new Map<number, SheetRow>();
  const byId = new Map<string, number[]>();
  const byFile = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number): void => {
    const list = map.get(key.toLowerCase()) ?? [];
    if (!list.includes(index)) list.push(index);
    map.set(key.toLowerCase(), list);
  };
  documents.forEach((document, index) => {
    add(byId, document.id, index);
    const base = path.posix.basename(document.file);
    for (const name of [document.file, base, base.replace(/\.[^.]+$/, '')]) add(byFile, name, index);
  });
  for (const row of sheet.rows) {
    const key = row.key.toLowerCase();
    const matched = byId.get(key) ?? byFile.get(key) ?? byFile.get(key.replace(/\\/g, '/')) ?? [];
    if (matched.length === 0) {
      diagnostics.push({ file: sheet.file, severity: 'warning', reason: `row ${row.row}: no document "${row.key}" among the transcripts; its attributes are not used (check the ${sheet.keyColumn} against the transcripts' ids or file names)`, ruleId: 'attributes-unknown-document' });
    }
    for (const index of matched) if (!rowOf.has(index)) rowOf.set(index, row);
  }
  const attributes = documents.map((document, index) => {
    const row = rowOf.get(index);
    if (!row) {
      diagnostics.push({ file: document.file, severity: 'warning', reason: `no row for document "${document.id}" in ${sheet.file}; it has only the attributes of its front matter`, ruleId: 'attributes-missing-row' });
      return document.attributes;
    }
    const merged: Record<string, AttributeValue> = { ...document.attributes };
    for (const column of sheet.columns) {
      const value = row.values[column];
      if (value === undefined) continue;
      const own = Object.prototype.hasOwnProperty.call(document.attributes, column) ? document.attributes[column] : undefined;
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
    return merged;
  });
  return { attributes, diagnostics };
}

/** Whether a front-matter value and a sheet's text say the same: `34` and "34", `true` and "TRUE". */
function sameValue(own: AttributeValue, text: string): boolean {
  if (typeof own === 'object' && own !== null) return false;
  return String(own).trim().toLowerCase() === text.trim().toLowerCase();
}

function shown(value: AttributeValue): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
