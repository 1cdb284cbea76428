import type { Diagnostic, Point } from '../model.js';
import type { NegationMode } from '../codebook/model.js';
import type { Attributes } from '../ingest/transcript.js';
import type { TranscriptFormat } from '../ingest/list-files.js';
import type { Role, SegmentUnit } from '../segment/segment-model.js';
import type { CorpusTally } from '../aggregate/tally.js';

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
export interface ResultSegment {
  readonly index: number;
  readonly speaker: string | null;
  readonly role: Role;
  readonly section: string | null;
  readonly time: string | null;
  readonly start: Point;
  readonly end: Point;
  readonly codePointStart: number;
  readonly codePointEnd: number;
  readonly coded: boolean;
  readonly words: number;
  readonly text: string;
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
export interface ResultTotals extends Omit<CorpusTally, 'codes'> {
  readonly codes: readonly { readonly code: string; readonly documents: number; readonly segments: number; readonly negated: number }[];
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
