import type { CodedDocument } from '../model/coding.js';
import { excerpt } from '../text/excerpt.js';
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

/**
 * The most characters of a segment's text in codings.csv: the text around the evidence, so that a
 * row reads on its own in a spreadsheet; the whole text is in segments.csv, once per segment.
 */
export const CODINGS_TEXT_LENGTH = 300;

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
        excerpt(segment.text, coding.hits, CODINGS_TEXT_LENGTH),
      ]);
    }
  }
  return rows;
}
