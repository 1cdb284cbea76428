import type { CorpusDocument, CorpusSegment } from '../aggregate/corpus.js';
import type { CodeQuotes, Quote } from '../aggregate/quotes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ResultCoding } from '../model/result.js';
import { FINDING_KINDS, type Finding } from '../privacy/finding.js';
import { shiftOffset } from '../privacy/pseudonymise.js';
import { redactText } from '../privacy/redact.js';

/** A segment the report quotes, with its document. */
export interface QuotedSegment {
  readonly document: CorpusDocument;
  readonly segment: CorpusSegment;
}

/** Every segment the report quotes (evidence and negated mentions), each once, in the order the report shows them. */
export function quotedSegments(quotes: ReadonlyMap<string, CodeQuotes>): QuotedSegment[] {
  const seen = new Set<CorpusSegment>();
  const quoted: QuotedSegment[] = [];
  for (const { quotes: evidence, negated } of quotes.values()) {
    for (const quote of negated ? [...evidence, negated] : evidence) {
      if (seen.has(quote.segment)) continue;
      seen.add(quote.segment);
      quoted.push({ document: quote.document, segment: quote.segment });
    }
  }
  return quoted;
}

/**
 * The quotes with the personal data found in them masked by kind (`[NAAM]`, `[TELEFOON]`; the
 * evidence stays marked), and one warning per masked segment, at its file and first line. Quotes
 * of segments without findings stay as they are.
 */
export function maskQuotes(
  quotes: ReadonlyMap<string, CodeQuotes>,
  findings: ReadonlyMap<CorpusSegment, readonly Finding[]>,
): { quotes: Map<string, CodeQuotes>; diagnostics: Diagnostic[] } {
  const masked = new Map<CorpusSegment, { segment: CorpusSegment; shift: (offset: number) => number }>();
  const diagnostics: Diagnostic[] = [];
  const mask = (quote: Quote): Quote => {
    const found = findings.get(quote.segment) ?? [];
    if (found.length === 0) return quote;
    let entry = masked.get(quote.segment);
    if (!entry) {
      const redacted = redactText(quote.segment.text, found);
      entry = { segment: { ...quote.segment, text: redacted.text }, shift: (offset) => shiftOffset(offset, redacted.replacements) };
      masked.set(quote.segment, entry);
      diagnostics.push(warning(quote, found));
    }
    return { ...quote, segment: entry.segment, coding: shiftHits(quote.coding, entry.segment.text, entry.shift) };
  };
  const result = new Map<string, CodeQuotes>();
  for (const [code, { quotes: evidence, negated }] of quotes)
    result.set(code, { quotes: evidence.map(mask), negated: negated && mask(negated) });
  return { quotes: result, diagnostics };
}

/** The coding with its hits moved to where their words stand in the masked text. */
function shiftHits(coding: ResultCoding, text: string, shift: (offset: number) => number): ResultCoding {
  const hits = coding.hits.map((hit) => {
    const textStart = shift(hit.textStart);
    const textEnd = Math.max(textStart, shift(hit.textEnd));
    return { ...hit, textStart, textEnd, text: text.slice(textStart, textEnd) };
  });
  return { ...coding, hits };
}

function warning(quote: Quote, findings: readonly Finding[]): Diagnostic {
  const { segment } = quote;
  const kinds = FINDING_KINDS.filter((kind) => findings.some((finding) => finding.kind === kind));
  const lines = segment.start.line === segment.end.line ? `line ${segment.start.line}` : `lines ${segment.start.line}-${segment.end.line}`;
  return {
    file: quote.document.file,
    place: segment.start,
    severity: 'warning',
    reason: `the quote of ${quote.document.id}, ${lines} holds likely personal data (${kinds.join(', ')}): masked in report.md; anonymise the transcript (rodedraad scan shows where), allow the value (.rodedraad-privacy.yaml) or give --allow-personal-data`,
    ruleId: 'personal-data',
  };
}
