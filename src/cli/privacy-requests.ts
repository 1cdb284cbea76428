import { createAllowList } from '../privacy/allow-list.js';
import type { Finding } from '../privacy/finding.js';
import { scanTranscript, type LabelRange } from '../privacy/scan-transcript.js';
import type { DutchLexicon } from '../privacy/word-lexicon.js';

/** What a scan of one text is told, as plain data (it may cross to a worker thread). */
export interface ScanContext {
  readonly names: readonly string[];
  /** Allowed values as written; the list is built where the scan runs. */
  readonly allowed: readonly string[];
  readonly minConfidence: number;
}

/** A request to the privacy scanner: a whole transcript with its labels, or several texts (quotes, segments) on their own. */
export type ScanRequest =
  | { readonly type: 'transcript'; readonly text: string; readonly labels: readonly LabelRange[]; readonly context: ScanContext }
  | { readonly type: 'texts'; readonly texts: readonly string[]; readonly context: ScanContext };

/** The findings of a request: one list per text (one for a transcript). */
export function answerScanRequest(request: ScanRequest, lexicon: DutchLexicon): Finding[][] {
  const { names, allowed, minConfidence } = request.context;
  const allow = createAllowList(allowed);
  const texts = request.type === 'transcript' ? [request.text] : request.texts;
  const labels = request.type === 'transcript' ? request.labels : [];
  return texts.map((text) => scanTranscript(text, { lexicon, names, allow, labels, minConfidence }));
}

/** The end of a message channel the scanner's requests arrive at (a worker's parentPort). */
export interface RequestPort {
  on(event: 'message', listener: (message: { readonly id: number; readonly request: ScanRequest }) => void): unknown;
  postMessage(message: { readonly id: number; readonly findings?: Finding[][]; readonly error?: string }): void;
}

/** Answers each request on `port` once the word lists are loaded, in the order they came; a failure is answered as an error. */
export function serveScanRequests(port: RequestPort, lexicon: Promise<DutchLexicon>): void {
  port.on('message', ({ id, request }) => {
    lexicon
      .then((loaded) => port.postMessage({ id, findings: answerScanRequest(request, loaded) }))
      .catch((error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  });
}
