import type { Diagnostic } from './diagnostic.js';
import type { NegationMode } from './codebook.js';
import type { Attributes } from './transcript.js';
import type { TranscriptFormat } from './transcript.js';
import type { CodedSegment } from './coding.js';
import type { SegmentUnit } from './segment.js';

/** A hit as result.json stores it: offsets in the segment text and in the file. */
export interface ResultHit {
  readonly pattern: string;
  readonly textStart: number;
  readonly textEnd: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly text: string;
  readonly negated: boolean;
  readonly cue: string | null;
}

/** A code applied to a segment. */
export interface ResultCoding {
  readonly theme: string;
  readonly code: string;
  /** A negated mention (negation: flag, every hit negated): not evidence for the code. */
  readonly negated: boolean;
  readonly hits: readonly ResultHit[];
}

/** A segment with its place, speaker and codings. */
export interface ResultSegment extends Omit<CodedSegment, 'map' | 'codings'> {
  readonly codings: readonly ResultCoding[];
}

/** A coded transcript. */
export interface ResultDocument {
  readonly id: string;
  readonly file: string;
  readonly format: TranscriptFormat;
  readonly sha256: string;
  readonly attributes: Attributes;
  readonly segments: readonly ResultSegment[];
}

/** A code as the result records it. */
export interface ResultCode {
  readonly id: string;
  readonly label: string;
  readonly definition: string | null;
  readonly negation: NegationMode;
  readonly patterns: readonly string[];
  readonly unless: readonly string[];
}

/** A codebook as the result records it. */
export interface ResultCodebook {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly language: 'nl' | 'en';
  readonly source: string | null;
  readonly file: string;
  readonly sha256: string;
  readonly themes: readonly {
    readonly id: string;
    readonly label: string;
    readonly description: string | null;
    readonly codes: readonly ResultCode[];
  }[];
}

/** Totals as the result records them: the corpus tally, with codes by id. */
/** How often one code occurs in a corpus (see the README, "What counts"). */
export interface CodeCounts {
  /** Documents with at least one segment that has the code (a coding that is not a negated mention). */
  readonly documents: number;
  /** Segments that have the code. */
  readonly segments: number;
  /** Segments where the code is only a negated mention; not counted above. */
  readonly negated: number;
}

/** Totals of a coded corpus. */
export interface CorpusCounts {
  readonly documents: number;
  readonly segments: number;
  readonly respondentSegments: number;
  readonly respondentWords: number;
  /** Segments that were coded (respondents, and interviewers when included). */
  readonly codedUnits: number;
  /** Coded units that have at least one code (negated mentions alone do not count). */
  readonly codedSegments: number;
}

/** Totals as the result records them: the corpus counts, with codes by id. */
export interface ResultTotals extends CorpusCounts {
  readonly codes: readonly (CodeCounts & { readonly code: string })[];
}

/** result.json: everything `rodedraad code` found, the input of report. */
export interface CodingResult {
  readonly format: 'rodedraad-result';
  readonly formatVersion: number;
  readonly tool: { readonly name: string; readonly version: string };
  readonly inputs: readonly string[];
  readonly settings: { readonly unit: SegmentUnit; readonly includeInterviewer: boolean; readonly interviewers: readonly string[] };
  readonly codebooks: readonly ResultCodebook[];
  readonly documents: readonly ResultDocument[];
  readonly totals: ResultTotals;
  readonly diagnostics: readonly Diagnostic[];
}

/** result.json without its documents: what stays in memory while they are read one at a time. */
export type ResultShell = Omit<CodingResult, 'documents'>;

/** Identifies result.json files; `report` reads them. */
export const RESULT_FORMAT = 'rodedraad-result';

/** Raised when the layout of result.json changes incompatibly. */
export const RESULT_FORMAT_VERSION = 1;

/** The result file a folder of `rodedraad code` output holds. */
export const RESULT_FILE = 'result.json';
