import path from 'node:path';
import type { CorpusDocument, CorpusSegment } from '../aggregate/corpus.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CodingResult } from '../model/result.js';
import { DEFAULT_MIN_CONFIDENCE, type Finding } from '../privacy/finding.js';
import { maskQuotes, quotedSegments } from '../report/quote-gate.js';
import type { ReportData } from '../report/report-data.js';
import { createPrivacyScanner } from './privacy-scanner.js';
import { createPrivacyResolver } from './privacy-settings.js';

/**
 * The privacy gate of `report`: scans the segments the report quotes (not the whole corpus) with
 * each document's names and allow-lists, and masks what it finds. The word lists are loaded only
 * when there is a quote to scan. Returns the data to render and a warning per masked quote.
 */
export async function gateQuotes(
  data: ReportData,
  result: CodingResult,
  cwd: string,
): Promise<{ data: ReportData; diagnostics: Diagnostic[] }> {
  const quoted = quotedSegments(data.quotes);
  if (quoted.length === 0) return { data, diagnostics: [] };
  const byDocument = new Map<CorpusDocument, CorpusSegment[]>();
  for (const { document, segment } of quoted) byDocument.set(document, [...(byDocument.get(document) ?? []), segment]);
  // Transcript paths in result.json are relative to the folder `code` ran in, as are its inputs.
  const resolver = await createPrivacyResolver(result.inputs, cwd);
  const scanner = createPrivacyScanner();
  const findings = new Map<CorpusSegment, readonly Finding[]>();
  const diagnostics: Diagnostic[] = [];
  try {
    for (const [document, segments] of byDocument) {
      const privacy = await resolver(path.resolve(cwd, document.file), document.file, document.attributes);
      diagnostics.push(...privacy.diagnostics);
      const context = { names: privacy.names, allowed: privacy.allowed, minConfidence: DEFAULT_MIN_CONFIDENCE };
      const answer = await scanner.scan({ type: 'texts', texts: segments.map((segment) => segment.text), context });
      for (const [index, segment] of segments.entries()) findings.set(segment, answer[index]!);
    }
  } finally {
    await scanner.close();
  }
  const masked = maskQuotes(data.quotes, findings);
  return { data: { ...data, quotes: masked.quotes }, diagnostics: [...diagnostics, ...masked.diagnostics] };
}
