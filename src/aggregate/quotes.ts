import type { ResultCoding } from '../model/result.js';
import type { CorpusDocument, CorpusSegment } from './corpus.js';

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
 * Picks up to `count` quotes for one code as segments come, in file order: strongest evidence
 * first (more distinct matched patterns), then a readable length, then interview and segment
 * order, each from another document; and the best negated mention. Each document's best
 * segment competes, so only `count` quotes and one document's best are held at a time.
 */
export class QuotePicker {
  private readonly chosen: Quote[] = [];
  private best: Quote | null = null;
  private negated: Quote | null = null;

  constructor(private readonly count: number) {}

  /** A segment of the current document with a coding of the code: evidence (`present`) or a negated mention. */
  offer(document: CorpusDocument, segment: CorpusSegment, coding: ResultCoding, present: boolean): void {
    const quote = { document, segment, coding, strength: new Set(coding.hits.map((hit) => hit.pattern)).size };
    if (!present) {
      if (this.negated === null || byStrength(quote, this.negated) < 0) this.negated = quote;
    } else if (this.best === null || byStrength(quote, this.best) < 0) this.best = quote;
  }

  /** The current document is done: its best segment takes its place among the quotes, if it is good enough. */
  endDocument(): void {
    const best = this.best;
    this.best = null;
    if (best === null || this.count === 0) return;
    let place = this.chosen.length;
    while (place > 0 && byStrength(best, this.chosen[place - 1]!) < 0) place--;
    if (place >= this.count) return;
    this.chosen.splice(place, 0, best);
    if (this.chosen.length > this.count) this.chosen.pop();
  }

  /** The quotes chosen, best first, and the best negated mention. */
  result(): CodeQuotes {
    return { quotes: [...this.chosen], negated: this.negated };
  }
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
