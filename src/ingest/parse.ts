import { createLocator } from '../text/locate.js';
import type { TranscriptFormat } from './list-files.js';
import { parseMarkdownTranscript, type MarkdownParser } from './parse-markdown.js';
import { parseSubtitleTranscript } from './parse-subtitles.js';
import { parseTextTranscript } from './parse-text.js';
import type { ParsedTranscript } from './transcript.js';

/** The formats that are text files (a .docx is read by convertDocx). */
export type TextFormat = Exclude<TranscriptFormat, 'docx'>;

/** A cue timing line: `00:00:05.120 --> 00:00:09.000`, SubRip's commas, or Teams' unpadded `0:0:5.12`. */
const TIMING_LINE = /^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,7})?[ \t]*-->[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,7})?(?:[ \t]|$)/gm;

/** Parse a transcript's text by its format; pure, so the result can be cached by the text's hash. */
export function parseTranscript(text: string, format: TextFormat, file: string, markdown: MarkdownParser): ParsedTranscript {
  if (format === 'markdown') return parseMarkdownTranscript(text, file, markdown);
  if (format === 'vtt' || format === 'srt') return parseSubtitleTranscript(text, file, format);
  const timings = [...text.matchAll(TIMING_LINE)];
  const cues = timings.length;
  // Subtitles saved as text (a Teams transcript export, a renamed .vtt): cue numbers and timings must not become speech.
  if (cues >= 2) {
    const parsed = parseSubtitleTranscript(text, file, /^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text) ? 'vtt' : 'srt');
    const place = createLocator(text).point(timings[0]!.index);
    const note = { file, place, severity: 'info' as const, reason: `read as subtitles: ${cues} cue timing lines (00:00:05.120 --> ...); their times and numbers are not coded`, ruleId: 'text-as-subtitles' };
    return { ...parsed, diagnostics: [note, ...parsed.diagnostics] };
  }
  return withoutServiceFooter(parseTextTranscript(text, file), text, file);
}

/** The line Otter ends its text exports with; it is not the last speaker's. */
const OTTER_FOOTER = /^Transcribed by https?:\/\/otter\.ai\/?$/i;

/** Leave out a transcription service's closing line, with a note. */
function withoutServiceFooter(parsed: ParsedTranscript, text: string, file: string): ParsedTranscript {
  const last = parsed.blocks[parsed.blocks.length - 1];
  if (!last || !OTTER_FOOTER.test(last.text.trim())) return parsed;
  const place = createLocator(text).point(last.map[0]?.[1] ?? 0);
  const note = { file, place, severity: 'info' as const, reason: `"${last.text.trim()}" at the end is left out: the transcription service's line, not speech`, ruleId: 'service-footer' };
  return { ...parsed, blocks: parsed.blocks.slice(0, -1), diagnostics: [...parsed.diagnostics, note] };
}
