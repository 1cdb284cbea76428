import type { Code, Codebook, Theme } from './codebook.js';
import type { Diagnostic } from './diagnostic.js';
import type { Segment } from './segment.js';
import type { Attributes, TranscriptFile, TranscriptFormat } from './transcript.js';
/** One piece of evidence: where a pattern matched in the segment text, and whether it is negated. */
export interface Hit {
  /** The pattern as written in the codebook. */
  readonly pattern: string;
  /** Start and end (exclusive) in the segment text, UTF-16. */
  readonly start: number;
  readonly end: number;
  readonly negated: boolean;
  /** The negation cue as written, when negated. */
  readonly cue: string | null;
}

/**
 * What a segment's coding may depend on besides its text: the heading it stands under and the
 * interviewer turn before it (for codes and patterns limited by `section:` or `question:`).
 */
export interface CodingContext {
  readonly section: string | null;
  readonly question: string | null;
}

/** A code applied to a segment with the hits that count for it. */
export interface Coding {
  readonly code: CodeRef;
  /**
   * True for a `negation: flag` code whose every hit in the segment is negated: a mention that
   * should not be read as evidence for the code. With `require` the hits are negated by design
   * and the coding is not.
   */
  readonly negated: boolean;
  readonly hits: readonly Hit[];
}

/** A code with its codebook and theme, numbered in the order of all codebooks. */
export interface CodeRef {
  readonly order: number;
  readonly codebook: Codebook;
  readonly theme: Theme;
  readonly code: Code;
}

/** A segment with its codes. */
export interface CodedSegment extends Segment {
  /** Whether the segment was coded (respondents; interviewers with includeInterviewer). */
  readonly coded: boolean;
  /** Number of words (tokens). */
  readonly words: number;
  readonly codings: readonly Coding[];
}

/** A transcript, segmented and coded. */
export interface CodedDocument {
  readonly id: string;
  readonly file: string;
  readonly format: TranscriptFormat;
  readonly sha256: string;
  readonly attributes: Attributes;
  readonly segments: readonly CodedSegment[];
}

/** What the pipeline reports as it goes. */
export interface PipelineEvents {
  diagnostic(diagnostic: Diagnostic): void;
  /** Called after each file, coded or skipped. */
  progress(done: number, total: number): void;
}

/** A prepared coding run: codebooks compiled once, then documents coded one at a time. */
export interface CodingRun {
  /** Every code of every codebook, in order. */
  readonly codes: readonly CodeRef[];
  /** Code transcripts; transcripts that cannot be used are reported and skipped. */
  documents(files: readonly TranscriptFile[], events: PipelineEvents): AsyncGenerator<CodedDocument>;
}
