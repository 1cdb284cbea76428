import { createLocator } from '../text/locate.js';
import type { TranscriptFormat } from '../model/transcript.js';
import { parseMarkdownTranscript, type MarkdownParser } from './parse-markdown.js';
import { parseSubtitleTranscript } from './parse-subtitles.js';
import { parseTextTranscript } from './parse-text.js';
import { scanMarkdownTranscript } from './scan-markdown.js';
import type { ParsedTranscript } from '../model/transcript.js';

/** The formats that are text files (a .docx is read by convertDocx). */
export type TextFormat = Exclude<TranscriptFormat, 'docx'>;

/** A cue timing line: `00:00:05.120 --> 00:00:09.000`, SubRip's commas, or Teams' unpadded `0:0:5.12`. */
const TIMING_LINE =
  /^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,7})?[ \t]*-->[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,7})?(?:[ \t]|$)/gm;

/** Parse a transcript's text by its format; pure, so the result can be cached by the text's hash. */
export function parseTranscript(text: string, format: TextFormat, file: string, markdown: MarkdownParser): ParsedTranscript {
  // Transcript-shaped Markdown takes the fast path; anything else goes to remark, the parser of record.
  if (format === 'markdown') return scanMarkdownTranscript(text, file) ?? parseMarkdownTranscript(text, file, markdown);
  if (format === 'vtt' || format === 'srt') return parseSubtitleTranscript(text, file, format);
  const subtitles = parseSubtitlesInText(text, file);
  if (subtitles) return subtitles;
  return withoutServiceFooter(parseTextTranscript(text, file), text, file);
}

/**
 * Subtitles saved as text or pasted into Word (a Teams transcript export, a renamed .vtt): with at
 * least two cue timing lines, the text is read as subtitles, with a note, so that cue numbers and
 * timings never become speech. Null for other text.
 */
export function parseSubtitlesInText(text: string, file: string): ParsedTranscript | null {
  const timings = [...text.matchAll(TIMING_LINE)];
  if (timings.length < 2) return null;
  const parsed = parseSubtitleTranscript(text, file, /^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text) ? 'vtt' : 'srt');
  const place = createLocator(text).point(timings[0]!.index);
  const reason = `read as subtitles: ${timings.length} cue timing lines (00:00:05.120 --> ...); their times and numbers are not coded`;
  return { ...parsed, diagnostics: [{ file, place, severity: 'info', reason, ruleId: 'text-as-subtitles' }, ...parsed.diagnostics] };
}

/** The line Otter ends its text exports with; it is not the last speaker's. */
const OTTER_FOOTER = /^Transcribed by https?:\/\/otter\.ai\/?$/i;

/** Leave out a transcription service's closing line, with a note. */
function withoutServiceFooter(parsed: ParsedTranscript, text: string, file: string): ParsedTranscript {
  const last = parsed.blocks[parsed.blocks.length - 1];
  if (!last || !OTTER_FOOTER.test(last.text.trim())) return parsed;
  const place = createLocator(text).point(last.map[0]?.[1] ?? 0);
  const note = {
    file,
    place,
    severity: 'info' as const,
    reason: `"${last.text.trim()}" at the end is left out: the transcription service's line, not speech`,
    ruleId: 'service-footer',
  };
  return { ...parsed, blocks: parsed.blocks.slice(0, -1), diagnostics: [...parsed.diagnostics, note] };
}
