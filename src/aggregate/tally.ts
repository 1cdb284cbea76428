import type { CodeRef } from '../model/coding.js';
import type { CodedDocument } from '../model/coding.js';
import type { CodeCounts, CorpusCounts } from '../model/result.js';
import { isEvidence } from './presence.js';

/** How often one code occurs in the corpus. */
export interface CodeTally extends CodeCounts {
  readonly code: CodeRef;
}

/** Totals of a coded corpus, with the counts of every code. */
export interface CorpusTally extends CorpusCounts {
  readonly codes: readonly CodeTally[];
}

/** What one coded document adds to the totals: plain data, so that a worker thread can count it. */
export interface DocumentCounts {
  readonly segments: number;
  readonly respondentSegments: number;
  readonly respondentWords: number;
  readonly codedUnits: number;
  readonly codedSegments: number;
  /** Per code (by order) that the document mentions: `[order, segments, negated]`. */
  readonly codes: readonly (readonly [order: number, segments: number, negated: number])[];
}

/** Count one coded document. */
export function countDocument(document: CodedDocument): DocumentCounts {
  let respondentSegments = 0;
  let respondentWords = 0;
  let codedUnits = 0;
  let codedSegments = 0;
  const perCode = new Map<number, [number, number, number]>();
  for (const segment of document.segments) {
    if (segment.role === 'respondent') {
      respondentSegments++;
      respondentWords += segment.words;
    }
    if (segment.coded) codedUnits++;
    if (segment.codings.some(isEvidence)) codedSegments++;
    for (const coding of segment.codings) {
      const order = coding.code.order;
      let counts = perCode.get(order);
      if (!counts) {
        counts = [order, 0, 0];
        perCode.set(order, counts);
      }
      if (isEvidence(coding)) counts[1]++;
      else counts[2]++;
    }
  }
  const codes = [...perCode.values()].sort((a, b) => a[0] - b[0]);
  return { segments: document.segments.length, respondentSegments, respondentWords, codedUnits, codedSegments, codes };
}

/** Counts codes and segments document by document, keeping only the totals. */
export class Tally {
  private documents = 0;
  private segments = 0;
  private respondentSegments = 0;
  private respondentWords = 0;
  private codedUnits = 0;
  private codedSegments = 0;
  private readonly perCode: { documents: number; segments: number; negated: number }[];

  constructor(private readonly codes: readonly CodeRef[]) {
    this.perCode = codes.map(() => ({ documents: 0, segments: 0, negated: 0 }));
  }

  /** Add one coded document. */
  add(document: CodedDocument): void {
    this.addCounts(countDocument(document));
  }

  /** Add the counts of one coded document. */
  addCounts(counts: DocumentCounts): void {
    this.documents++;
    this.segments += counts.segments;
    this.respondentSegments += counts.respondentSegments;
    this.respondentWords += counts.respondentWords;
    this.codedUnits += counts.codedUnits;
    this.codedSegments += counts.codedSegments;
    for (const [order, segments, negated] of counts.codes) {
      const total = this.perCode[order]!;
      total.segments += segments;
      total.negated += negated;
      if (segments > 0) total.documents++;
    }
  }

  /** The totals so far. */
  result(): CorpusTally {
    return {
      documents: this.documents,
      segments: this.segments,
      respondentSegments: this.respondentSegments,
      respondentWords: this.respondentWords,
      codedUnits: this.codedUnits,
      codedSegments: this.codedSegments,
      codes: this.codes.map((code, index) => ({ code, ...this.perCode[index]! })),
    };
  }
}
