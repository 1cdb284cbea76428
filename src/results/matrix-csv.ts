import type { CodeRef } from '../model/coding.js';
import type { CodedDocument } from '../model/coding.js';
import type { CsvCell } from './csv.js';
import { isEvidence } from '../aggregate/presence.js';

/** Header of matrix.csv: the document, then one column per code in codebook order. */
export function matrixHeader(codes: readonly CodeRef[]): string[] {
  return ['document', ...codes.map((code) => code.code.id)];
}

/** The matrix.csv row of a document: in how many segments each code is present (negated mentions are not counted). */
export function matrixRow(document: CodedDocument, codes: readonly CodeRef[]): CsvCell[] {
  const counts = new Array<number>(codes.length).fill(0);
  for (const segment of document.segments) for (const coding of segment.codings.filter(isEvidence)) counts[coding.code.order]!++;
  return [document.id, ...counts];
}
