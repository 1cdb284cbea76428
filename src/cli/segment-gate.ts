import type { Diagnostic } from '../model/diagnostic.js';
import type { TranscriptFile } from '../model/transcript.js';
import type { FormattedDocument } from '../results/document-outputs.js';
import { DEFAULT_MIN_CONFIDENCE, FINDING_KINDS } from '../privacy/finding.js';
import type { GateVerdict, GateVerdicts } from './gate-verdicts.js';
import { createPrivacyScanner, type PrivacyScanner } from './privacy-scanner.js';
import type { PrivacyResolver } from './privacy-settings.js';

/** The privacy gate of `code`: counts the coded segments that hold personal data, for one warning. */
export interface SegmentGate {
  /** Send a document's coded segments to be scanned; returns at once, the scan runs on the scanner's thread. */
  add(document: FormattedDocument): Promise<void>;
  /** Wait for the scans and end the scanner: the warning when any coded segment holds a finding, and warnings about privacy settings. */
  finish(codingsFile: string): Promise<Diagnostic[]>;
  /** End the scanner after a failed run. */
  close(): Promise<void>;
}

/** At most this many documents are sent to the scanner and not yet scanned. */
export const MAX_SCANNING = 32;

/**
 * The gate that scans the text of every coded segment (the rows of codings.csv) with the
 * document's names and allow-lists. The scanner starts (and loads the word lists) at the first
 * document with a coded segment that `verdicts` (the cache) has no verdict of.
 */
export function createSegmentGate(
  files: readonly TranscriptFile[],
  privacy: PrivacyResolver,
  verdicts: GateVerdicts | null,
  startScanner: () => PrivacyScanner = createPrivacyScanner,
): SegmentGate {
  const byDisplay = new Map(files.map((file) => [file.display, file]));
  const counts: Promise<GateVerdict>[] = [];
  const scanning: Promise<GateVerdict>[] = [];
  const diagnostics: Diagnostic[] = [];
  let scanner: PrivacyScanner | null = null;
  return {
    async add(document) {
      const texts = document.codedTexts;
      if (texts.length === 0) return;
      const { file, attributes } = document.summary;
      const settings = await privacy(byDisplay.get(file)?.absolute ?? file, file, attributes);
      diagnostics.push(...settings.diagnostics);
      const context = { names: settings.names, allowed: settings.allowed, minConfidence: DEFAULT_MIN_CONFIDENCE };
      const known = verdicts?.read(texts, context);
      if (known) {
        counts.push(Promise.resolve(known));
        return;
      }
      scanner ??= startScanner();
      const count = scanner.scan({ type: 'texts', texts, context }).then((found): GateVerdict => {
        const kinds = new Set(found.flat().map((finding) => finding.kind));
        const verdict = {
          segments: texts.length,
          withFindings: found.filter((findings) => findings.length > 0).length,
          kinds: FINDING_KINDS.filter((kind) => kinds.has(kind)),
        };
        verdicts?.write(texts, context, verdict);
        return verdict;
      });
      // Marked as handled: a run that fails before finish() must not end in an unhandled rejection.
      count.catch(() => undefined);
      counts.push(count);
      scanning.push(count);
      // The texts wait in the scanner's thread until scanned: when coding runs ahead (many
      // coding threads, one scanner), the writer waits here, so that they do not pile up.
      if (scanning.length > MAX_SCANNING) await scanning.shift()!.catch(() => undefined);
    },
    async finish(codingsFile) {
      let all: GateVerdict[];
      try {
        all = await Promise.all(counts);
      } finally {
        try {
          await scanner?.close();
        } finally {
          await verdicts?.flush();
        }
      }
      const withFindings = all.reduce((sum, count) => sum + count.withFindings, 0);
      if (withFindings === 0) return diagnostics;
      const segments = all.reduce((sum, count) => sum + count.segments, 0);
      const documents = all.filter((count) => count.withFindings > 0).length;
      const kinds = FINDING_KINDS.filter((kind) => all.some((count) => count.kinds.includes(kind)));
      const reason =
        `${withFindings} of ${segments} coded segments (in ${documents} of ${all.length} documents) hold likely personal data (${kinds.join(', ')}); ` +
        'codings.csv and result.json keep their text as your working files: share them with care; report masks it in quotes; ' +
        'rodedraad scan <paths> shows where it is, rodedraad scan --pseudonymise makes pseudonymised copies';
      return [...diagnostics, { file: codingsFile, severity: 'warning', reason, ruleId: 'personal-data' }];
    },
    async close() {
      // A failed run keeps the verdicts of the run before: this one's are a part, written by finish only.
      await scanner?.close();
    },
  };
}
