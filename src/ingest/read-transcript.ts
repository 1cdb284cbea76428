import type { Diagnostic } from '../model/diagnostic.js';
import type { TextEncoding } from '../model/transcript.js';
import type { TranscriptFile } from '../model/transcript.js';
import type { MarkdownParser } from './parse-markdown.js';
import { parseTranscript } from './parse.js';
import { convertDocx } from './read-docx.js';
import { decodeSource, readTranscriptBytes } from './read-file.js';
import type { ParsedTranscript } from '../model/transcript.js';
import type { SourceText } from '../model/transcript.js';
import { sha256 } from '../text/sha256.js';

/** A transcript file read and parsed: the text that offsets and lines refer to, and its blocks. */
export interface ReadTranscript {
  /**
   * The file's text; for a .docx the extracted plain text, one paragraph per line. `sha256` is
   * always that of the file's bytes.
   */
  readonly source: SourceText;
  readonly parsed: ParsedTranscript;
}

/**
 * Read and parse one transcript file by its format: Markdown, plain text and subtitles are decoded
 * (UTF-8 or UTF-16 by byte-order mark; `encoding` for files without one) and parsed; a .docx is
 * converted. A file that cannot be used gives a warning instead.
 */
export async function readTranscript(
  file: TranscriptFile,
  markdown: MarkdownParser,
  encoding: TextEncoding = 'utf-8',
): Promise<ReadTranscript | Diagnostic> {
  const bytes = await readTranscriptBytes(file);
  if (!Buffer.isBuffer(bytes)) return bytes;
  return parseTranscriptBytes(file, bytes, markdown, encoding);
}

/** Parse a transcript file's bytes, read already (`hash`: their hash, when known), as readTranscript does. */
export async function parseTranscriptBytes(
  file: TranscriptFile,
  bytes: Buffer,
  markdown: MarkdownParser,
  encoding: TextEncoding = 'utf-8',
  hash = sha256(bytes),
): Promise<ReadTranscript | Diagnostic> {
  if (file.format === 'docx') {
    const converted = await convertDocx(bytes, file.display);
    if ('reason' in converted) return converted;
    return { source: { file, text: converted.text, sha256: hash }, parsed: converted.parsed };
  }
  const source = decodeSource(file, bytes, encoding, hash);
  if ('reason' in source) return source;
  return { source, parsed: parseTranscript(source.text, file.format, file.display, markdown) };
}
