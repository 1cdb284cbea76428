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

/** Every pair of codes that occurs together at least once, at segment and at document level, in code order. */
export function cooccurrence(corpus: CodedCorpus): Cooccurrence[] {
  const segmentSets = corpus.documents.flatMap((document) => document.segments.map((segment) => segment.present));
  const documentSets = corpus.documents.map((document) => document.present);
  return [...pairs(corpus.codes, segmentSets, 'segment'), ...pairs(corpus.codes, documentSets, 'document')];
}

function pairs(codes: readonly CodeInfo[], units: readonly ReadonlySet<string>[], level: Cooccurrence['level']): Cooccurrence[] {
  const order = new Map(codes.map((code) => [code.id, code.order]));
  const single = new Map<string, number>();
  const joint = new Map<string, number>();
  for (const unit of units) {
    const present = [...unit].filter((id) => order.has(id)).sort((x, y) => order.get(x)! - order.get(y)!);
    for (const [index, id] of present.entries()) {
      single.set(id, (single.get(id) ?? 0) + 1);
      for (const other of present.slice(index + 1)) joint.set(`${id}\u0000${other}`, (joint.get(`${id}\u0000${other}`) ?? 0) + 1);
    }
  }
  const result: Cooccurrence[] = [];
  for (const [index, a] of codes.entries()) {
    for (const b of codes.slice(index + 1)) {
      const both = joint.get(`${a.id}\u0000${b.id}`) ?? 0;
      if (both === 0) continue;
      const either = (single.get(a.id) ?? 0) + (single.get(b.id) ?? 0) - both;
      result.push({ level, a, b, both, either, jaccard: both / either });
    }
  }
  return result;
}
