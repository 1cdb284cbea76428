import type { Diagnostic } from '../model/diagnostic.js';
import type { ParsedTranscript, TextBlock } from '../model/transcript.js';
import { createLocator, type Locator } from '../text/locate.js';
import { MappedTextBuilder, toSourceOffset, toSourceRange } from '../text/source-map.js';
import type { MappedText } from '../model/transcript.js';
import { isNumbered, layoutRanges } from './layout.js';
import type { LabelMatch } from './labels.js';
import type { LabelPlace, Segment, SegmentOptions } from '../model/segment.js';
import { splitSentences } from './sentences.js';
import type { SpeakerNote } from './speakers.js';
import { buildTurns, type Piece, type Turn } from './turns.js';

/** Cut a parsed transcript into segments (turns, paragraphs or sentences) located in its source. */
export function segmentTranscript(
  parsed: ParsedTranscript,
  source: string,
  file: string,
  options: SegmentOptions,
): { segments: Segment[]; diagnostics: Diagnostic[]; labels: LabelPlace[] } {
  const numbered = isNumbered(parsed.blocks);
  const { turns, labelled, notes, labels } = buildTurns(
    parsed.blocks,
    parsed.attributes,
    options.documentId,
    options.interviewers,
    numbered,
  );
  const locator = createLocator(source);
  const layout = new Map<TextBlock, Array<[number, number]>>();
  const hidden = (block: TextBlock) => {
    let ranges = layout.get(block);
    if (!ranges) {
      ranges = layoutRanges(block, numbered);
      layout.set(block, ranges);
    }
    return ranges;
  };
  const segments: Segment[] = [];
  for (const turn of turns) {
    for (const pieces of cutTurn(turn, options.unit)) {
      const text = joinPieces(pieces, hidden);
      if (text.text === '') continue;
      segments.push(toSegment(segments.length + 1, turn, text, locator));
    }
  }
  const diagnostics = notes.map((note) => toDiagnostic(note, parsed.blocks, locator, file));
  if (segments.length > 0 && !labelled) {
    diagnostics.push({
      file,
      severity: 'warning',
      reason: `no speaker labels found: each paragraph is read as a respondent turn of ${options.documentId}; if others speak, start their turns with a label (I: ..., ${options.documentId}: ...) or declare speakers: and interviewers: in the front matter`,
      ruleId: 'no-speaker-labels',
    });
  }
  const other = segments.filter((segment) => segment.role === 'other');
  if (other.length > 0) {
    const words = other.reduce((sum, segment) => sum + segment.text.split(/\s+/).filter((word) => word !== '').length, 0);
    diagnostics.push({
      file,
      place: other[0]!.start,
      severity: 'info',
      reason: `${words} word(s) before the first speaker label are not coded (a title or notes); give them a label if someone says them`,
      ruleId: 'text-before-labels',
    });
  }
  return { segments, diagnostics, labels: labels.map(({ block, match }) => placeLabel(block, match)) };
}

/** A label's place in the source: where its characters came from (markup around them, such as `**`, lies inside or outside alike). */
function placeLabel(block: TextBlock, match: LabelMatch): LabelPlace {
  const [start, end] = toSourceRange(block.map, match.start, match.contentStart);
  const [nameStart, nameEnd] = toSourceRange(block.map, match.nameStart, match.nameEnd);
  return { start, end, nameStart, nameEnd };
}

function toDiagnostic(note: SpeakerNote, blocks: readonly TextBlock[], locator: Locator, file: string): Diagnostic {
  const diagnostic = { file, severity: note.severity, reason: note.reason, ruleId: note.ruleId };
  if (!note.at) return diagnostic;
  const block = blocks[note.at.block]!;
  return { ...diagnostic, place: locator.point(toSourceOffset(block.map, note.at.match.start)) };
}

/** The pieces of each segment of a turn. */
function cutTurn(turn: Turn, unit: SegmentOptions['unit']): Piece[][] {
  if (unit === 'turn') return [turn.pieces];
  if (unit === 'paragraph') return turn.pieces.map((piece) => [piece]);
  return turn.pieces.flatMap((piece) =>
    splitSentences(piece.block.text, piece.start, piece.end).map(([start, end]) => [{ block: piece.block, start, end }]),
  );
}

/** Join pieces with a blank line, leaving out layout (timestamps, paragraph numbers); trimmed. */
function joinPieces(pieces: readonly Piece[], hidden: (block: TextBlock) => readonly (readonly [number, number])[]): MappedText {
  const builder = new MappedTextBuilder();
  for (const piece of pieces) {
    const part = new MappedTextBuilder();
    let cursor = piece.start;
    for (const [start, end] of hidden(piece.block)) {
      if (end <= cursor || start >= piece.end) continue;
      if (start > cursor) part.appendSlice(piece.block, cursor, start);
      cursor = Math.max(cursor, end);
    }
    if (cursor < piece.end) part.appendSlice(piece.block, cursor, piece.end);
    const text = trimmed(part.build());
    if (text.text === '') continue;
    if (builder.length > 0) builder.appendUnmapped('\n\n');
    builder.appendSlice(text, 0, text.text.length);
  }
  return builder.build();
}

/** A mapped text without white space at its ends. */
function trimmed(text: MappedText): MappedText {
  const start = text.text.length - text.text.trimStart().length;
  const end = text.text.trimEnd().length;
  if (start === 0 && end === text.text.length) return text;
  const builder = new MappedTextBuilder();
  if (end > start) builder.appendSlice(text, start, end);
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
    start: locator.point(startOffset),
    end: locator.point(endOffset),
    codePointStart: locator.codePoint(startOffset),
    codePointEnd: locator.codePoint(endOffset),
    text: text.text,
    map: text.map,
  };
}
