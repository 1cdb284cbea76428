import type { ResultCoding } from '../model/result.js';
import type { CodedCorpus, CorpusDocument, CorpusSegment } from './corpus.js';

/** A segment chosen as evidence for a code. */
export interface Quote {
  readonly document: CorpusDocument;
  readonly segment: CorpusSegment;
  readonly coding: ResultCoding;
  /** Distinct patterns that matched: more is stronger evidence. */
  readonly strength: number;
}

/** Exemplars of a code: the strongest quotes from distinct documents, and a negated mention if any. */
export interface CodeQuotes {
  readonly quotes: readonly Quote[];
  /** A mention that is only negated: shown as such, never as evidence. */
  readonly negated: Quote | null;
}

/** Segments of this many characters read well as a quote; longer ones are trimmed, shorter say little. */
const READABLE = { min: 60, max: 400 } as const;

/**
 * Pick up to `count` quotes for a code, each from another document: strongest evidence first (more
 * distinct matched patterns), then a readable length, then interview and segment order.
 */
export function selectQuotes(corpus: CodedCorpus, codeId: string, count: number): CodeQuotes {
  const candidates: Quote[] = [];
  const negated: Quote[] = [];
  for (const document of corpus.documents) {
    for (const segment of document.segments) {
      const coding = segment.codings.find((entry) => entry.code === codeId);
      if (!coding) continue;
      const quote = { document, segment, coding, strength: new Set(coding.hits.map((hit) => hit.pattern)).size };
      (segment.present.has(codeId) ? candidates : negated).push(quote);
    }
  }
  const ordered = [...candidates].sort(byStrength);
  const quotes: Quote[] = [];
  const used = new Set<string>();
  for (const quote of ordered) {
    if (quotes.length >= count) break;
    if (used.has(quote.document.id)) continue;
    used.add(quote.document.id);
    quotes.push(quote);
  }
  return { quotes, negated: [...negated].sort(byStrength)[0] ?? null };
}

function byStrength(a: Quote, b: Quote): number {
  return (
    b.strength - a.strength ||
    readability(a) - readability(b) ||
    a.document.position - b.document.position ||
    a.segment.index - b.segment.index
  );
}

/** 0 for a segment of readable length, otherwise how many characters it is off. */
function readability(quote: Quote): number {
  const length = quote.segment.text.length;
  return length < READABLE.min ? READABLE.min - length : length > READABLE.max ? length - READABLE.max : 0;
}
