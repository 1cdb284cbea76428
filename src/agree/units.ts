import type { SegmentedTranscript } from '../prepare.js';
import type { CodingResult, ResultDocument } from '../results/result-model.js';

/**
 * The units `agree` compares: rodedraad's segments of the transcripts both codings cover. A
 * segment is a unit when rodedraad codes it (respondent turns, by default); other segments
 * (interviewer turns, text before the first label) only catch spans so that they can be counted.
 */
export interface UnitSegment {
  /** The segment's index in its document (1-based, every segment counted). */
  readonly index: number;
  readonly speaker: string | null;
  /** UTF-16 offsets in the transcript's text. */
  readonly start: number;
  readonly end: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The segment's plain text, as rodedraad codes it. */
  readonly text: string;
  /** Whether the segment is a unit of comparison. */
  readonly unit: boolean;
}

/** A transcript with its segments. */
export interface UnitDocument {
  readonly id: string;
  /** Other names the document goes by: its file path. */
  readonly aliases: readonly string[];
  readonly file: string;
  /** The transcript's text (offsets count in it); null when it could not be read. */
  readonly text: string | null;
  /** sha256 of the transcript's bytes, when known. */
  readonly sha256: string | null;
  readonly segments: readonly UnitSegment[];
}

/** The units of a coding result: its documents, with the segments it coded as units. */
export function unitsOfResult(result: CodingResult): UnitDocument[] {
  return result.documents.map((document) => ({
    id: document.id,
    aliases: [document.file],
    file: document.file,
    text: null,
    sha256: document.sha256,
    segments: document.segments.map((segment) => unitSegment(segment, segment.coded)),
  }));
}

/** The units of transcripts segmented by rodedraad: respondent segments are units. */
export function unitsOfTranscript(transcript: SegmentedTranscript, text: string): UnitDocument {
  return {
    id: transcript.id,
    aliases: [transcript.file],
    file: transcript.file,
    text,
    sha256: transcript.sha256,
    segments: transcript.segments.map((segment) => unitSegment(segment, segment.role === 'respondent')),
  };
}

function unitSegment(
  segment: Pick<ResultDocument['segments'][number], 'index' | 'speaker' | 'start' | 'end' | 'text'>,
  unit: boolean,
): UnitSegment {
  return {
    index: segment.index,
    speaker: segment.speaker,
    start: segment.start.offset,
    end: segment.end.offset,
    lineStart: segment.start.line,
    lineEnd: segment.end.line,
    text: segment.text,
    unit,
  };
}
