import { MappedTextBuilder, type MappedText } from '../text/source-map.js';
import { formatTime, readCues, type SubtitleKind } from './subtitle-cues.js';
import { readCueSpans } from './subtitle-text.js';
import type { ParsedTranscript, TextBlock } from './transcript.js';

/**
 * A `Name:` at the start of a cue (Zoom, Otter): up to six words (`Jansen, Piet`, `Dhr. de Vries`). It
 * only decides which cues belong together; whether it names a speaker is for segmentation to say,
 * as for a plain-text transcript.
 */
const NAME_PREFIX = /^((?:[^\s:?!,]+,?[ \t]+){0,5}[^\s:?!,]+)[ \t]*:[ \t]+(?=\S)/u;

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
  for (const cue of cues) {
    for (const span of readCueSpans(cue)) {
      const prefix = span.voice === null ? NAME_PREFIX.exec(span.text.text) : null;
      const name = span.voice?.name ?? prefix?.[1] ?? null;
      const key = name === null ? null : name.toLowerCase().replace(/\s+/g, ' ');
      const current: OpenTurn | null = turn;
      const continues =
        current !== null && (key === null ? current.key !== null || cue.start - current.end < PARAGRAPH_PAUSE : key === current.key);
      if (continues) {
        current.builder.appendUnmapped('\n');
        appendFrom(current.builder, span.text, prefix === null ? 0 : prefix[0].length);
        current.end = cue.end;
        continue;
      }
      finish();
      const builder = new MappedTextBuilder();
      if (name !== null && cue.start < 360_000) builder.appendUnmapped(`[${formatTime(cue.start)}] `);
      if (span.voice !== null) {
        builder.append(span.voice.name, span.voice.offset);
        builder.appendUnmapped(': ');
      }
      appendFrom(builder, span.text, 0);
      turn = { key, builder, end: cue.end };
    }
  }
  finish();
  return { attributes: {}, blocks, diagnostics };
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
