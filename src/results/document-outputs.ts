import { countDocument, type DocumentCounts } from '../aggregate/tally.js';
import type { CodedDocument, CodeRef } from '../model/coding.js';
import { codingRows } from './codings-csv.js';
import { type CsvDialect, formatCsvRows } from './csv.js';
import { type DocumentSummary, summariseDocument } from './documents-csv.js';
import { matrixRow } from './matrix-csv.js';
import { resultJsonDocument } from './result-json.js';

/**
 * One coded document as the outputs of `code` hold it: its rows of codings.csv and matrix.csv,
 * its line of result.json, and what documents.csv and the totals take from it. Plain data, so
 * that a worker thread can make it and the writer only appends it.
 */
export interface FormattedDocument {
  readonly id: string;
  readonly codings: string;
  readonly matrix: string;
  /** The document's line of result.json, without the separator before it. */
  readonly result: string;
  readonly summary: DocumentSummary;
  readonly counts: DocumentCounts;
  /** The text of each segment with a code (the rows of codings.csv), for the privacy gate. */
  readonly codedTexts: readonly string[];
}

/** Format one coded document for the outputs of `code`. */
export function formatDocument(document: CodedDocument, codes: readonly CodeRef[], dialect: CsvDialect): FormattedDocument {
  return {
    id: document.id,
    codings: formatCsvRows(codingRows(document), dialect),
    matrix: formatCsvRows([matrixRow(document, codes)], dialect),
    result: resultJsonDocument(document, true),
    summary: summariseDocument(document),
    counts: countDocument(document),
    codedTexts: document.segments.filter((segment) => segment.codings.length > 0).map((segment) => segment.text),
  };
}
