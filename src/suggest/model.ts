import type { Attributes } from '../model/transcript.js';

/** A respondent segment as `suggest` reads it: its text, place, and whether a code reaches it. */
export interface SuggestSegment {
  readonly index: number;
  readonly text: string;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** A code of the codebooks has the segment (a negated mention does not count, as everywhere). */
  readonly reached: boolean;
}

/** An interview: its id, attributes (for --by) and respondent segments, in file order. */
export interface SuggestDocument {
  readonly id: string;
  readonly file: string;
  readonly attributes: Attributes;
  readonly segments: readonly SuggestSegment[];
}

/** The settings of a `suggest` run, validated once. */
export interface SuggestSettings {
  /** A term or candidate must recur in at least this many interviews. */
  readonly minInterviews: number;
  /** How many candidate themes are reported. */
  readonly top: number;
  /** Language of the transcripts: stemmer, compound splitting (nl), nouns only (nl). */
  readonly language: 'nl' | 'en';
  /** Language of suggestions.md and the notes in suggestions.yaml. */
  readonly outputLanguage: 'nl' | 'en';
  /** Attributes to count the interviews of a candidate by. */
  readonly by: readonly string[];
}
