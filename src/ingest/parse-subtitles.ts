import { createLocator } from '../text/locate.js';
import { MappedTextBuilder, toSourceOffset } from '../text/source-map.js';
import type { MappedText } from '../model/transcript.js';
import { toSpeakerLabel } from './speaker-name.js';
import { readCues } from './subtitle-cues.js';
import { formatTime, type SubtitleKind } from './subtitle-timing.js';
import { readCueSpans, type CueSpan } from './subtitle-text.js';
import type { ParsedTranscript, TextBlock } from '../model/transcript.js';

/**
 * A `Name:` at the start of a cue (Zoom, Otter): up to six words (`Jansen, Piet`, `Dhr. de Vries`). It
 * only decides which cues belong together; whether it names a speaker is for segmentation to say,
 * as for a plain-text transcript.
 */
const NAME_PREFIX = /^((?:[^\s:?!,]+,?[ \t]+){0,5}[^\s:?!,]+)[ \t]*:[ \t]+(?=\S)/u;

/** A name alone on a line: up to five words, no sentence punctuation or colon (`Jansen, Piet`, `Spreker 2`). */
const NAME_LINE = /^(?:[^\s:?!.,]+\.?,?[ \t]+){0,4}[^\s:?!.,]+$/u;

/** Without any speaker, a pause of this many seconds between cues starts a new paragraph. */
const PARAGRAPH_PAUSE = 2;

/** A turn being built: the speaker it is keyed by (lower case) and its text. */
interface OpenTurn {
  readonly key: string | null;
  readonly builder: MappedTextBuilder;
  end: number;
}

/**
 * Parse WebVTT or SubRip subtitles into blocks that segmentation reads as a transcript. Consecutive
 * cues of one speaker (a `<v>` voice, else a leading `Name:`) are one turn, and so are cues without
 * a speaker after them. Each turn starts with its label and the start of its first cue
 * (`[00:01:02.500] Jansen, Piet: ...`): the voice's name maps to its place in the `<v>` tag, the
 * time and colon have no place in the file. Cue numbers, timing lines, NOTE and STYLE blocks and
 * styling never reach the text; every character of it maps to its place in the file, so line
 * numbers are those of the subtitle file.
 */
export function parseSubtitleTranscript(text: string, file: string, kind: SubtitleKind): ParsedTranscript {
  const { cues, diagnostics } = readCues(text, file, kind);
  const blocks: TextBlock[] = [];
  let turn: OpenTurn | null = null;
  const finish = (): void => {
    if (turn === null) return;
    const mapped = turn.builder.build();
    if (mapped.text.trim() !== '') blocks.push({ kind: 'paragraph', depth: 0, ...mapped });
    turn = null;
  };
  const spans = cues.map((cue) => ({ cue, spans: readCueSpans(cue) }));
  const nameLines = recurringNameLines(spans.map((entry) => entry.spans[0]));
  const labels = new Map<string, string>();
  const labelOf = (name: string, offset: number): string => {
    let label = labels.get(name);
    if (label === undefined) {
      label = toSpeakerLabel(name) || `Spreker ${labels.size + 1}`;
      labels.set(name, label);
      if (label !== name) {
        const reason = `speaker "${name}" is read as "${label}": a speaker label is up to five words of letters and digits; rename the speaker if that is wrong`;
        diagnostics.push({ file, place: createLocator(text).point(offset), severity: 'warning', reason, ruleId: 'subtitle-speaker-name' });
      }
    }
    return label;
  };
  for (const { cue, spans: cueSpans } of spans) {
    for (const span of cueSpans) {
      const speaker = speakerOf(span, nameLines);
      const key = speaker === null ? null : speaker.name.toLowerCase().replace(/\s+/g, ' ');
      const current: OpenTurn | null = turn;
      const continues =
        current !== null && (key === null ? current.key !== null || cue.start - current.end < PARAGRAPH_PAUSE : key === current.key);
      if (continues) {
        current.builder.appendUnmapped('\n');
        appendFrom(current.builder, span.text, speaker?.contentStart ?? 0);
        current.end = cue.end;
        continue;
      }
      finish();
      const builder = new MappedTextBuilder();
      if (speaker !== null && cue.start < 360_000) builder.appendUnmapped(`[${formatTime(cue.start)}] `);
      if (speaker !== null && speaker.offset !== null) {
        // A voice's name is declared as a speaker below, so that segmentation takes it even when used once.
        const label = labelOf(speaker.name, speaker.offset);
        if (label === speaker.name) builder.append(label, speaker.offset);
        else builder.appendUnmapped(label);
        builder.appendUnmapped(': ');
      }
      appendFrom(builder, span.text, speaker === null || speaker.offset === null ? 0 : speaker.contentStart);
      turn = { key, builder, end: cue.end };
    }
  }
  finish();
  const speakers = [...new Set(labels.values())];
  return { attributes: speakers.length > 0 ? { speakers } : {}, blocks, diagnostics };
}

/**
 * Who speaks in a span, and where the words start: the `<v>` voice; else a name alone on the first
 * line of the cue (a text export of Teams), when that line starts more than one cue; else a
 * leading `Name:`, whose place is null because it stays in the text for segmentation to read.
 */
function speakerOf(span: CueSpan, nameLines: ReadonlySet<string>): { name: string; offset: number | null; contentStart: number } | null {
  if (span.voice !== null) return { name: span.voice.name, offset: span.voice.offset, contentStart: 0 };
  const newline = span.text.text.indexOf('\n');
  const firstLine = newline < 0 ? '' : span.text.text.slice(0, newline).trim();
  if (firstLine !== '' && nameLines.has(firstLine)) {
    const start = span.text.text.indexOf(firstLine);
    return { name: firstLine, offset: toSourceOffset(span.text.map, start), contentStart: newline + 1 };
  }
  const prefix = NAME_PREFIX.exec(span.text.text);
  return prefix ? { name: prefix[1]!, offset: null, contentStart: prefix[0].length } : null;
}

/** First lines of cues that read as a name (up to five words, no sentence punctuation) and start at least two cues with more lines below. */
function recurringNameLines(firstSpans: readonly (CueSpan | undefined)[]): Set<string> {
  const counts = new Map<string, number>();
  for (const span of firstSpans) {
    if (!span || span.voice !== null) continue;
    const newline = span.text.text.indexOf('\n');
    const line = newline < 0 ? '' : span.text.text.slice(0, newline).trim();
    if (NAME_LINE.test(line)) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([line]) => line));
}

/** Append a span's text from `start`, trimmed at the ends, keeping its mapping. */
function appendFrom(builder: MappedTextBuilder, span: MappedText, start: number): void {
  const text = span.text;
  let from = start;
  let to = text.length;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to > from) builder.appendSlice(span, from, to);
}
