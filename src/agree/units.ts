import type { Segment, SegmentedTranscript } from '../model/segment.js';
import type { CodingResult } from '../model/result.js';

/**
 * The units `agree` compares: rodedraad's segments of the transcripts both codings cover. A
 * segment is a unit when rodedraad codes it (respondent turns, by default); other segments
 * (interviewer turns, text before the first label) only catch spans so that they can be counted.
 */
export interface UnitSegment extends Pick<Segment, 'index' | 'speaker' | 'start' | 'end' | 'text'> {
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
  { index, speaker, start, end, text }: Pick<Segment, 'index' | 'speaker' | 'start' | 'end' | 'text'>,
  unit: boolean,
): UnitSegment {
  return { index, speaker, start, end, text, unit };
}
