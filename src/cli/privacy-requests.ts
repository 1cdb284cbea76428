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
