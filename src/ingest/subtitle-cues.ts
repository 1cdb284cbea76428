import { createRequire } from 'node:module';
import type { Diagnostic } from '../model/diagnostic.js';
import { createLocator, type Locator } from '../text/locate.js';
import { formatTime, parseTiming, type SubtitleKind } from './subtitle-timing.js';
import { shorten } from '../text/cut.js';

/** A line of a cue's text with where it starts in the file. */
export interface CueLine {
  readonly text: string;
  readonly offset: number;
}

/** A cue as it stands in the file: its number (1-based, file order), timing line and text lines. */
export interface Cue {
  readonly number: number;
  /** The cue identifier (the number in SubRip), or '' when there is none. */
  readonly id: string;
  /** 1-based line of the timing line. */
  readonly line: number;
  /** Offset of the timing line in the file. */
  readonly offset: number;
  /** Seconds. */
  readonly start: number;
  readonly end: number;
  readonly lines: readonly CueLine[];
}

/** A cue number (SubRip) or a Teams cue identifier (`8f3c2b1e-1c2d-4e5f-9a8b-7c6d5e4f3a2b/17-0`). */
const CUE_ID = /^(?:\d+|[0-9a-f]{8}-[0-9a-f-]{27,}\/\d+-\d+)$/i;

/** The named character references of HTML, as the WebVTT specification decodes them. */
export const HTML_ENTITIES: Readonly<Record<string, string>> = createRequire(import.meta.url)('webvtt-parser/html-entities.json');

/**
 * Split a subtitle file into cues, in file order. Blocks are separated by blank lines; the timing
 * line (`-->`) is read by webvtt-parser (SubRip's decimal comma becomes a point first, which keeps
 * columns). NOTE, STYLE and REGION blocks and the header are left out. What cannot be read is a
 * warning naming the line, and its text is left out.
 */
export function readCues(text: string, file: string, kind: SubtitleKind): { cues: Cue[]; diagnostics: Diagnostic[] } {
  const locator = createLocator(text);
  const lines = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  const warn = (line: CueLine, column: number, reason: string, ruleId: string): void => {
    const at = locator.point(line.offset);
    diagnostics.push({ file, place: { line: at.line, column, offset: line.offset + column - 1 }, severity: 'warning', reason, ruleId });
  };
  let index = 0;
  if (kind === 'vtt') {
    if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0]?.text ?? '')) {
      warn(
        lines[0] ?? { text: '', offset: 0 },
        1,
        'no WEBVTT header on line 1: read as WebVTT subtitles anyway; start the file with a line WEBVTT (or rename it .srt if it is SubRip)',
        'subtitle-header',
      );
    } else {
      // The header runs to the first blank line (Kind:, Language:, NOTE lines of Teams).
      while (index < lines.length && lines[index]!.text.trim() !== '') index++;
    }
  }
  const cues: Cue[] = [];
  while (index < lines.length) {
    if (lines[index]!.text.trim() === '') {
      index++;
      continue;
    }
    const first = lines[index]!;
    if (kind === 'vtt' && /^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first.text)) {
      index = skipBlock(lines, index);
      continue;
    }
    const index0 = index;
    const timingIndex = first.text.includes('-->') ? index : lines[index + 1]?.text.includes('-->') ? index + 1 : -1;
    if (timingIndex < 0) {
      warn(
        first,
        1,
        `text without a timing line (00:00:01.000 --> 00:00:04.000) is not a cue and is left out: "${shorten(first.text.trim(), 40)}"`,
        'subtitle-not-a-cue',
      );
      index = skipBlock(lines, index);
      continue;
    }
    const timing = lines[timingIndex]!;
    const body: CueLine[] = [];
    index = timingIndex + 1;
    // A line with --> starts the next cue even without a blank line before it, as in the
    // specification; so does a cue number or Teams identifier right above such a line.
    while (index < lines.length && lines[index]!.text.trim() !== '' && !lines[index]!.text.includes('-->')) {
      if (CUE_ID.test(lines[index]!.text.trim()) && lines[index + 1]?.text.includes('-->')) break;
      body.push(lines[index++]!);
    }
    const number = cues.length + 1;
    const parsed = parseTiming(timing.text, kind);
    if ('problem' in parsed) {
      warn(
        timing,
        parsed.column,
        `cue ${number}: timing line "${shorten(timing.text.trim(), 40)}" cannot be read (${parsed.problem}); its text is left out`,
        'subtitle-timing',
      );
      continue;
    }
    const id = timingIndex === index0 ? '' : first.text.trim();
    cues.push({
      number,
      id,
      line: locator.point(timing.offset).line,
      offset: timing.offset,
      start: parsed.start,
      end: parsed.end,
      lines: body,
    });
  }
  diagnostics.push(...orderWarnings(cues, file, locator));
  return { cues, diagnostics };
}

/** Warnings for cues that start before the cue above them, or before it ends; cues are read in file order. */
function orderWarnings(cues: readonly Cue[], file: string, locator: Locator): Diagnostic[] {
  const early = cues.filter((cue, index) => index > 0 && cue.start < cues[index - 1]!.start);
  const overlapping = cues.filter((cue, index) => index > 0 && cue.start >= cues[index - 1]!.start && cue.start < cues[index - 1]!.end);
  const warning = (found: readonly Cue[], what: string, ruleId: string): Diagnostic[] => {
    const first = found[0];
    if (!first) return [];
    const before = cues[first.number - 2]!;
    const more = found.length > 1 ? ` (${found.length} cues in all)` : '';
    const reason = `${cueName(first)} starts at ${formatTime(first.start)}, ${what} ${cueName(before)} (${formatTime(what.startsWith('before the end') ? before.end : before.start)})${more}; cues are read in file order`;
    return [{ file, place: locator.point(first.offset), severity: 'warning', reason, ruleId }];
  };
  return [
    ...warning(early, 'before the start of', 'subtitle-cue-order'),
    ...warning(overlapping, 'before the end of', 'subtitle-cue-overlap'),
  ];
}

function cueName(cue: Cue): string {
  return cue.id !== '' && cue.id !== String(cue.number) ? `cue ${cue.number} ("${shorten(cue.id.trim(), 40)}")` : `cue ${cue.number}`;
}

/** Lines end at LF, and at U+2028, which stands for a line break inside a Word paragraph. */
function splitLines(text: string): CueLine[] {
  const lines: CueLine[] = [];
  const ends = /\n|\u2028/g;
  for (let start = 0; start <= text.length; ) {
    ends.lastIndex = start;
    const end = ends.exec(text)?.index ?? text.length;
    const content = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ text: text.slice(start, content), offset: start });
    start = end + 1;
  }
  return lines;
}

function skipBlock(lines: readonly CueLine[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.text.trim() !== '') index++;
  return index;
}
