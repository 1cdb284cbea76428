import type { MarkdownParser } from '../ingest/parse-markdown.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { TranscriptFile } from '../model/transcript.js';
import { prepareScan, type ScanInput } from '../pipeline/prepare-scan.js';
import type { Finding } from '../privacy/finding.js';
import type { PrivacyScanner } from './privacy-scanner.js';
import type { PrivacyResolver } from './privacy-settings.js';

/** A transcript scanned: what prepareScan read, and what was found in it. */
export interface ScannedFile extends ScanInput {
  readonly findings: readonly Finding[];
}

/** What every file of a scan shares. */
export interface ScanJob {
  readonly markdown: MarkdownParser;
  readonly scanner: PrivacyScanner;
  readonly privacy: PrivacyResolver;
  readonly minConfidence: number;
}

/** Read one transcript (prepareScan), find its privacy settings and scan it on the scanner; a diagnostic when it cannot be read. */
export async function scanFile(file: TranscriptFile, job: ScanJob): Promise<ScannedFile | Diagnostic> {
  const input = await prepareScan(file, job.markdown);
  if ('reason' in input) return input;
  const privacy = await job.privacy(file.absolute, file.display, input.attributes);
  const context = { names: privacy.names, allowed: privacy.allowed, minConfidence: job.minConfidence };
  const [findings] = await job.scanner.scan({ type: 'transcript', text: input.text, labels: input.labels, context });
  return { ...input, diagnostics: [...input.diagnostics, ...privacy.diagnostics], findings: findings! };
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
