import type { Diagnostic } from '../model.js';
import type { ParsedTranscript } from '../ingest/transcript.js';
import { createLocator, type Locator } from '../text/locate.js';
import { MappedTextBuilder, toSourceOffset, type MappedText } from '../text/source-map.js';
import { findInlineTimes } from './labels.js';
import type { Segment, SegmentOptions } from './segment-model.js';
import { splitSentences } from './sentences.js';
import { buildTurns, type Piece, type Turn } from './turns.js';

/** Cut a parsed transcript into segments (turns, paragraphs or sentences) located in its source. */
export function segmentTranscript(
  parsed: ParsedTranscript,
  source: string,
  file: string,
  options: SegmentOptions,
): { segments: Segment[]; diagnostics: Diagnostic[] } {
  const { turns, labelled } = buildTurns(parsed.blocks, parsed.attributes, options.documentId, options.interviewers);
  const locator = createLocator(source);
  const segments: Segment[] = [];
  for (const turn of turns) {
    for (const pieces of cutTurn(turn, options.unit)) {
      const text = joinPieces(pieces);
      if (text.text.trim() === '') continue;
      segments.push(toSegment(segments.length + 1, turn, text, locator));
    }
  }
  const diagnostics: Diagnostic[] = [];
  if (segments.length > 0 && !labelled) {
    diagnostics.push({
      file,
      severity: 'info',
      reason: `no speaker labels found: each paragraph is a segment spoken by ${options.documentId}`,
      ruleId: 'no-speaker-labels',
    });
  }
  return { segments, diagnostics };
}

/** The pieces of each segment of a turn. */
function cutTurn(turn: Turn, unit: SegmentOptions['unit']): Piece[][] {
  if (unit === 'turn') return [turn.pieces];
  if (unit === 'paragraph') return turn.pieces.map((piece) => [piece]);
  return turn.pieces.flatMap((piece) =>
    splitSentences(piece.block.text, piece.start, piece.end).map(([start, end]) => [{ block: piece.block, start, end }]),
  );
}

/** Join pieces with a blank line, leaving out timestamps that stand in the running text. */
function joinPieces(pieces: readonly Piece[]): MappedText {
  const builder = new MappedTextBuilder();
  for (const piece of pieces) {
    if (builder.length > 0) builder.appendUnmapped('\n\n');
    let cursor = piece.start;
    for (const [start, end] of findInlineTimes(piece.block.text, piece.start, piece.end)) {
      builder.appendSlice(piece.block, cursor, start);
      cursor = end;
    }
    builder.appendSlice(piece.block, cursor, piece.end);
  }
  return builder.build();
}

function toSegment(index: number, turn: Turn, text: MappedText, locator: Locator): Segment {
  const startOffset = toSourceOffset(text.map, 0);
  const endOffset = toSourceOffset(text.map, text.text.length - 1) + 1;
  return {
    index,
    speaker: turn.speaker,
    role: turn.role,
    section: turn.section,
    time: turn.time,
    text: text.text,
    map: text.map,
    start: locator.point(startOffset),
    end: locator.point(endOffset),
    codePointStart: locator.codePoint(startOffset),
    codePointEnd: locator.codePoint(endOffset),
  };
}
