import type { CodedDocument } from '../model/coding.js';
import type { CsvCell } from './csv.js';

/** Columns of codings.csv: one row per coded segment and code. */
export const CODINGS_COLUMNS = [
  'document',
  'segment',
  'speaker',
  'section',
  'line_start',
  'line_end',
  'theme',
  'code',
  'negated',
  'evidence',
  'text',
] as const;

/** The codings.csv rows of one document. */
export function codingRows(document: CodedDocument): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const segment of document.segments) {
    for (const coding of segment.codings) {
      const evidence = [...new Set(coding.hits.map((hit) => segment.text.slice(hit.start, hit.end).replace(/\s+/g, ' ')))];
      rows.push([
        document.id,
        segment.index,
        segment.speaker,
        segment.section,
        segment.start.line,
        segment.end.line,
        coding.code.theme.id,
        coding.code.code.id,
        coding.negated,
        evidence.join(' | '),
        segment.text,
      ]);
    }
  }
  return rows;
}
