import type { TranscriptFormat } from './list-files.js';
import { parseMarkdownTranscript, type MarkdownParser } from './parse-markdown.js';
import { parseSubtitleTranscript } from './parse-subtitles.js';
import { parseTextTranscript } from './parse-text.js';
import type { ParsedTranscript } from './transcript.js';

/** The formats that are text files (a .docx is read by convertDocx). */
export type TextFormat = Exclude<TranscriptFormat, 'docx'>;

/** Parse a transcript's text by its format; pure, so the result can be cached by the text's hash. */
export function parseTranscript(text: string, format: TextFormat, file: string, markdown: MarkdownParser): ParsedTranscript {
  if (format === 'markdown') return parseMarkdownTranscript(text, file, markdown);
  if (format === 'vtt' || format === 'srt') return parseSubtitleTranscript(text, file, format);
  return parseTextTranscript(text, file);
}
