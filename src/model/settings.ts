import type { SegmentUnit } from './segment.js';
import type { TextEncoding } from './transcript.js';

/** Validated settings of a coding run: everything that decides the results. */
export interface CodingSettings extends SegmentSettings {
  readonly includeInterviewer: boolean;
}

/** What decides how a transcript is segmented. */
export interface SegmentSettings {
  readonly unit: SegmentUnit;
  /** Interviewer labels for documents whose front matter names none. */
  readonly interviewers: readonly string[];
  /** How to read text files without a byte-order mark, when not UTF-8 (`--encoding`). */
  readonly encoding?: TextEncoding;
}
