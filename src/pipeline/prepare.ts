import type { TranscriptFile } from '../model/transcript.js';
import type { MarkdownParser } from '../ingest/parse-markdown.js';
import { readTranscript, type ReadTranscript } from '../ingest/read-transcript.js';
import { attributeValue, withoutAttribute, type Attributes } from '../model/transcript.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { segmentTranscript } from '../segment/segment.js';
import type { SegmentedTranscript } from '../model/segment.js';
import type { SegmentSettings } from '../model/settings.js';
import { shorten } from '../text/cut.js';

/** One file prepared: the transcript, or null when it cannot be used, and what was found. */
export interface PreparedFile {
  readonly transcript: SegmentedTranscript | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Read, parse and segment one file. Problems are diagnostics; a file that cannot be used gives null. */
export async function prepareFile(
  file: TranscriptFile,
  defaultId: string,
  settings: SegmentSettings,
  markdown: MarkdownParser,
): Promise<PreparedFile> {
  return prepareRead(await readTranscript(file, markdown, settings.encoding), file, defaultId, settings);
}

/** Segment one file read and parsed already (or the warning that it could not be read), as prepareFile does. */
export function prepareRead(
  read: ReadTranscript | Diagnostic,
  file: TranscriptFile,
  defaultId: string,
  settings: SegmentSettings,
): PreparedFile {
  if ('reason' in read) return { transcript: null, diagnostics: [read] };
  const { source, parsed } = read;
  if (parsed.diagnostics.some((diagnostic) => diagnostic.ruleId === 'front-matter')) {
    const skipped: Diagnostic = {
      file: file.display,
      severity: 'warning',
      reason: 'front matter could not be read; transcript skipped',
      ruleId: 'front-matter',
    };
    return { transcript: null, diagnostics: [...parsed.diagnostics, skipped] };
  }
  const named = documentId(parsed.attributes, defaultId, file.display);
  const id = named.id;
  const diagnostics = [...parsed.diagnostics, ...named.diagnostics];
  const segmented = segmentTranscript(parsed, source.text, file.display, {
    unit: settings.unit,
    documentId: id,
    interviewers: settings.interviewers,
  });
  diagnostics.push(...segmented.diagnostics);
  if (segmented.segments.length === 0) {
    const empty: Diagnostic = {
      file: file.display,
      severity: 'warning',
      reason: 'transcript has no text to code; skipped',
      ruleId: 'empty-transcript',
    };
    return { transcript: null, diagnostics: [...diagnostics, empty] };
  }
  const attributes = withoutAttribute(parsed.attributes, 'id');
  const transcript: SegmentedTranscript = {
    id,
    file: file.display,
    format: file.format,
    sha256: source.sha256,
    attributes,
    segments: segmented.segments,
  };
  return { transcript, diagnostics };
}

/** The document id: front matter `id` (text or a number), else the default, with a warning when an `id` was given but cannot be used. */
function documentId(attributes: Attributes, defaultId: string, file: string): { id: string; diagnostics: Diagnostic[] } {
  const value = attributeValue(attributes, 'id');
  if (value === undefined) return { id: defaultId, diagnostics: [] };
  const text = typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value).trim() : '';
  if (text !== '') return { id: text, diagnostics: [] };
  const shown =
    value === null || (typeof value === 'string' && value.trim() === '')
      ? 'is empty'
      : `is not text (${shorten(JSON.stringify(value), 40)})`;
  const reason = `front matter id ${shown}; the document is named "${defaultId}" after its file instead (write it as id: R07, in quotes if needed)`;
  return { id: defaultId, diagnostics: [{ file, severity: 'warning', reason, ruleId: 'invalid-id' }] };
}
