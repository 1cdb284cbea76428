import { attributeValue, type Attributes } from '../model/transcript.js';
import type { CodedDocument } from '../model/coding.js';
import type { CsvCell } from './csv.js';
import { isEvidence } from '../aggregate/presence.js';
import { attributeCell } from '../model/transcript.js';

/** The counts of one document that documents.csv shows. */
export interface DocumentSummary {
  readonly id: string;
  readonly file: string;
  readonly attributes: Attributes;
  readonly segments: number;
  readonly respondentSegments: number;
  readonly respondentWords: number;
  /** Coded segments (respondents, and interviewers when included) that have at least one code (not only negated mentions). */
  readonly codedSegments: number;
}

const COUNT_COLUMNS = ['segments', 'respondent_segments', 'respondent_words', 'coded_segments'] as const;

/** Summarise a document for documents.csv and the summary. */
export function summariseDocument(document: CodedDocument): DocumentSummary {
  const respondent = document.segments.filter((segment) => segment.role === 'respondent');
  return {
    id: document.id,
    file: document.file,
    attributes: document.attributes,
    segments: document.segments.length,
    respondentSegments: respondent.length,
    respondentWords: respondent.reduce((sum, segment) => sum + segment.words, 0),
    codedSegments: document.segments.filter((segment) => segment.codings.some(isEvidence)).length,
  };
}

/** documents.csv: document, file, every attribute (in order of first appearance), then the counts. */
export function documentRows(summaries: readonly DocumentSummary[]): CsvCell[][] {
  const keys: string[] = [];
  for (const summary of summaries) for (const key of Object.keys(summary.attributes)) if (!keys.includes(key)) keys.push(key);
  const reserved = new Set<string>(['document', 'file', ...COUNT_COLUMNS]);
  const header = ['document', 'file', ...keys.map((key) => (reserved.has(key) ? `attribute_${key}` : key)), ...COUNT_COLUMNS];
  const rows: CsvCell[][] = [header];
  for (const summary of summaries) {
    rows.push([
      summary.id,
      summary.file,
      ...keys.map((key) => attributeCell(attributeValue(summary.attributes, key))),
      summary.segments,
      summary.respondentSegments,
      summary.respondentWords,
      summary.codedSegments,
    ]);
  }
  return rows;
}
