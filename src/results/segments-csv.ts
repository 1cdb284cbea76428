import type { CodedDocument } from '../model/coding.js';
import type { CsvCell } from './csv.js';

/** Columns of segments.csv: one row per segment, with its whole text. */
export const SEGMENTS_COLUMNS = [
  'document',
  'segment',
  'speaker',
  'role',
  'section',
  'line_start',
  'line_end',
  'time',
  'words',
  'text',
] as const;

/** The segments.csv rows of one document: every segment, interviewer turns too. */
export function segmentRows(document: CodedDocument): CsvCell[][] {
  return document.segments.map((segment) => [
    document.id,
    segment.index,
    segment.speaker,
    segment.role,
    segment.section,
    segment.start.line,
    segment.end.line,
    segment.time,
    segment.words,
    segment.text,
  ]);
}
