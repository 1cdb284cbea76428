import type { Point } from './position.js';
import type { SourceRun } from './transcript.js';
import type { Attributes, TranscriptFormat } from './transcript.js';

/** Who speaks in a segment: the interviewer, a respondent, or nobody known (text before the first label). */
export type Role = 'interviewer' | 'respondent' | 'other';

/** The unit of coding. */
export type SegmentUnit = 'turn' | 'paragraph' | 'sentence';

/** The segment units in the order the CLI lists them. */
export const SEGMENT_UNITS: readonly SegmentUnit[] = ['turn', 'paragraph', 'sentence'];

/** A unit of coded text: a turn, a paragraph of a turn or a sentence, with its place in the file. */
export interface Segment {
  /** 1-based, in document order, counting every segment (interviewer turns too). */
  readonly index: number;
  readonly speaker: string | null;
  readonly role: Role;
  /** The heading above the segment (topic-guide part). */
  readonly section: string | null;
  /** Timestamp of the turn, when the transcript gives one. */
  readonly time: string | null;
  readonly start: Point;
  readonly end: Point;
  /** Start and end as Unicode code point offsets (REFI-QDA counts these). */
  readonly codePointStart: number;
  readonly codePointEnd: number;
  /** Plain text: labels, timestamps and markup removed; paragraphs joined by a blank line. */
  readonly text: string;
  /** Where each character of `text` stands in the file (kept in memory, not written to result.json). */
  readonly map: readonly SourceRun[];
}

/** A speaker label in the source (UTF-16 offsets): all of it (timestamps and colon included) and the speaker's name in it. */
export interface LabelPlace {
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly nameEnd: number;
}

/** How a transcript is cut into segments. */
export interface SegmentOptions {
  readonly unit: SegmentUnit;
  /** The document's id: a label equal to it is a declared speaker. */
  readonly documentId: string;
  /** Interviewer labels for documents whose front matter declares none. */
  readonly interviewers: readonly string[];
}

/** Interviewer labels used when neither the document nor the settings name them. */
export const DEFAULT_INTERVIEWERS: readonly string[] = [
  'I',
  'Int',
  'Interviewer',
  'Interviewster',
  'Onderzoeker',
  'Onderzoekster',
  'Gespreksleider',
  'Moderator',
  'Researcher',
  'Q',
];

/**
 * A transcript read, parsed and segmented: plain serialisable data that depends only on the
 * file's bytes (`sha256`) and the segment settings, not on any codebook, so that it can be
 * cached by that hash and made on another thread.
 */
export interface SegmentedTranscript {
  readonly id: string;
  readonly file: string;
  readonly format: TranscriptFormat;
  readonly sha256: string;
  readonly attributes: Attributes;
  readonly segments: readonly Segment[];
}
