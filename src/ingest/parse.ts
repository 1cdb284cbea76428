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
  const cues = text.match(TIMING_LINE)?.length ?? 0;
  // Subtitles saved as text (a Teams transcript export, a renamed .vtt): cue numbers and timings must not become speech.
  if (cues >= 2) {
    const parsed = parseSubtitleTranscript(text, file, /^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text) ? 'vtt' : 'srt');
    const note = { file, severity: 'info' as const, reason: `read as subtitles: ${cues} cue timing lines (00:00:05.120 --> ...); their times and numbers are not coded`, ruleId: 'text-as-subtitles' };
    return { ...parsed, diagnostics: [note, ...parsed.diagnostics] };
  }
  return parseTextTranscript(text, file);
}
