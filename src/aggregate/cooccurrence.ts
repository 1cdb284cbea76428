import type { CodeInfo, CodedCorpus } from './corpus.js';

/** How often two codes occur together: in the same segment, or in the same document. */
export interface Cooccurrence {
  readonly level: 'segment' | 'document';
  readonly a: CodeInfo;
  readonly b: CodeInfo;
  /** Units with both codes. */
  readonly both: number;
  /** Units with either code. */
  readonly either: number;
  /** both / either. */
  readonly jaccard: number;
}

/** Counts of codes and of pairs of codes over units (segments or documents), added one unit at a time. */
export class PairTally {
  private readonly single: Uint32Array;
  private readonly joint: Uint32Array;

  constructor(private readonly size: number) {
    this.single = new Uint32Array(size);
    this.joint = new Uint32Array(size * size);
  }

  /** Add a unit with these codes present (by order, ascending, each once). */
  add(orders: readonly number[]): void {
    for (let index = 0; index < orders.length; index++) {
      const a = orders[index]!;
      this.single[a]!++;
      for (let other = index + 1; other < orders.length; other++) this.joint[a * this.size + orders[other]!]!++;
    }
  }

  /** Every pair that occurs together at least once, in code order. */
  pairs(codes: readonly CodeInfo[], level: Cooccurrence['level']): Cooccurrence[] {
    const result: Cooccurrence[] = [];
    for (const [index, a] of codes.entries()) {
      for (const b of codes.slice(index + 1)) {
        const both = this.joint[a.order * this.size + b.order]!;
        if (both === 0) continue;
        const either = this.single[a.order]! + this.single[b.order]! - both;
        result.push({ level, a, b, both, either, jaccard: both / either });
      }
    }
    return result;
  }
}

/** Every pair of codes that occurs together at least once, at segment and at document level, in code order. */
export function cooccurrence(corpus: CodedCorpus): Cooccurrence[] {
  const documents = new PairTally(corpus.codes.length);
  const order = new Map(corpus.codes.map((code) => [code.id, code.order]));
  for (const document of corpus.documents) documents.add([...document.present].flatMap((id) => order.get(id) ?? []).sort((a, b) => a - b));
  return [...corpus.segmentPairs.pairs(corpus.codes, 'segment'), ...documents.pairs(corpus.codes, 'document')];
}
