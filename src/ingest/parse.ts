import type { TranscriptFormat } from './list-files.js';
import { parseMarkdownTranscript, type MarkdownParser } from './parse-markdown.js';
import { parseTextTranscript } from './parse-text.js';
import type { ParsedTranscript } from './transcript.js';

/** Parse a transcript's text by its format; pure, so the result can be cached by the text's hash. */
export function parseTranscript(text: string, format: TranscriptFormat, file: string, markdown: MarkdownParser): ParsedTranscript {
  return format === 'markdown' ? parseMarkdownTranscript(text, file, markdown) : parseTextTranscript(text, file);
}
