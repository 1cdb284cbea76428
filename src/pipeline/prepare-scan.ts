import path from 'node:path';
import { createMarkdownParser, type MarkdownParser } from '../ingest/parse-markdown.js';
import { readTranscript } from '../ingest/read-transcript.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { DEFAULT_INTERVIEWERS, type LabelPlace } from '../model/segment.js';
import { attributeValue, type Attributes, type TranscriptFile } from '../model/transcript.js';
import { segmentTranscript } from '../segment/segment.js';

/** A transcript read for the privacy scan: the text findings refer to, its front matter and its speaker labels. */
export interface ScanInput {
  readonly file: TranscriptFile;
  /** The file's text as `code` reads it (for a .docx the extracted text, one paragraph per line). */
  readonly text: string;
  readonly attributes: Attributes;
  /** Where the speaker labels stand in `text`, as the segmenter finds them (scanTranscript's `labels`). */
  readonly labels: readonly LabelPlace[];
  /** Front matter that could not be read (a warning: the text is scanned all the same). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Read one transcript as `code` does and find its speaker labels, for scanTranscript; a diagnostic
 * (warning) instead when it cannot be read. Front matter that cannot be read is scanned as text,
 * with a warning that its `names:` and `privacy:` entries are not used.
 */
export async function prepareScan(
  file: TranscriptFile,
  markdown: MarkdownParser = createMarkdownParser(),
): Promise<ScanInput | Diagnostic> {
  const read = await readTranscript(file, markdown);
  if ('reason' in read) return read;
  const { source, parsed } = read;
  const diagnostics = parsed.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'front-matter')
    .map((diagnostic) => ({ ...diagnostic, reason: `${diagnostic.reason}; scanned as text, without its names: and privacy: entries` }));
  const id = attributeValue(parsed.attributes, 'id');
  const documentId =
    typeof id === 'string' || typeof id === 'number' ? String(id) : path.posix.basename(file.display).replace(/\.[^.]+$/, '');
  // Which labels are speakers does not depend on the unit or on who interviews: only where they stand matters here.
  const { labels } = segmentTranscript(parsed, source.text, file.display, { unit: 'turn', documentId, interviewers: DEFAULT_INTERVIEWERS });
  return { file, text: source.text, attributes: parsed.attributes, labels, diagnostics };
}
