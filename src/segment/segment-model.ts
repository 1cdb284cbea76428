import type { Point } from '../model.js';
import type { SourceRun } from '../text/source-map.js';

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
  /** Plain text: labels, timestamps and markup removed; paragraphs joined by a blank line. */
  readonly text: string;
  /** Where each character of `text` stands in the file. */
  readonly map: readonly SourceRun[];
  readonly start: Point;
  readonly end: Point;
  /** Start and end as Unicode code point offsets (REFI-QDA counts these). */
  readonly codePointStart: number;
  readonly codePointEnd: number;
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
