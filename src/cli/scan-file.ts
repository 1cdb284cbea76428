import path from 'node:path';
import type { TranscriptFile } from '../ingest/list-files.js';
import type { MarkdownParser } from '../ingest/parse-markdown.js';
import { readTranscript } from '../ingest/read-transcript.js';
import { attributeValue } from '../ingest/transcript.js';
import type { Diagnostic } from '../model.js';
import type { Finding } from '../privacy/finding.js';
import { segmentTranscript } from '../segment/segment.js';
import { DEFAULT_INTERVIEWERS, type LabelPlace } from '../segment/segment-model.js';
import type { PrivacyScanner } from './privacy-scanner.js';
import type { PrivacyResolver } from './privacy-settings.js';

/** A transcript scanned: the text the findings' offsets refer to, its speaker labels, what was found. */
export interface ScannedFile {
  readonly file: TranscriptFile;
  /** The file's text (for a .docx the extracted text, one paragraph per line), as `code` reads it. */
  readonly text: string;
  readonly labels: readonly LabelPlace[];
  readonly findings: readonly Finding[];
  /** Problems with the transcript's privacy settings or front matter (warnings). */
  readonly diagnostics: readonly Diagnostic[];
}

/** What every file of a scan shares. */
export interface ScanJob {
  readonly markdown: MarkdownParser;
  readonly scanner: PrivacyScanner;
  readonly privacy: PrivacyResolver;
  readonly minConfidence: number;
}

/**
 * Read one transcript as `code` does, find its speaker labels with the segmenter and scan it: a
 * diagnostic (warning) instead when it cannot be read. Front matter that cannot be read is scanned
 * as text, with a warning that its `names:` and `privacy:` entries are not used.
 */
export async function scanFile(file: TranscriptFile, job: ScanJob): Promise<ScannedFile | Diagnostic> {
  const read = await readTranscript(file, job.markdown);
  if ('reason' in read) return read;
  const { source, parsed } = read;
  const diagnostics: Diagnostic[] = parsed.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'front-matter')
    .map((diagnostic) => ({ ...diagnostic, reason: `${diagnostic.reason}; scanned as text, without its names: and privacy: entries` }));
  const id = attributeValue(parsed.attributes, 'id');
  const documentId =
    typeof id === 'string' || typeof id === 'number' ? String(id) : path.posix.basename(file.display).replace(/\.[^.]+$/, '');
  // Which labels are speakers does not depend on the unit or on who interviews: only where they stand matters here.
  const { labels } = segmentTranscript(parsed, source.text, file.display, { unit: 'turn', documentId, interviewers: DEFAULT_INTERVIEWERS });
  const privacy = await job.privacy(file.absolute, file.display, parsed.attributes);
  diagnostics.push(...privacy.diagnostics);
  const context = { names: privacy.names, allowed: privacy.allowed, minConfidence: job.minConfidence };
  const [findings] = await job.scanner.scan({ type: 'transcript', text: source.text, labels, context });
  return { file, text: source.text, labels, findings: findings!, diagnostics };
}

/** Files read at once, ahead of the one being scanned, as prepareFiles does for `code`. */
const BATCH = 16;

/**
 * Scan files in order, up to BATCH at once: reading, parsing and segmenting here overlap the scans
 * on the scanner's thread, and memory holds no more than BATCH transcripts.
 */
export async function* scanFiles(files: readonly TranscriptFile[], job: ScanJob): AsyncGenerator<ScannedFile | Diagnostic> {
  const pending: Promise<ScannedFile | Diagnostic>[] = [];
  for (const file of files) {
    const scanned = scanFile(file, job);
    // Marked as handled: should the run stop early, a failed scan nobody waits for is no crash.
    scanned.catch(() => undefined);
    pending.push(scanned);
    if (pending.length >= BATCH) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
