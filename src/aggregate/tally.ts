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
    this.documents++;
    const present = new Set<number>();
    for (const segment of document.segments) {
      this.segments++;
      if (segment.role === 'respondent') {
        this.respondentSegments++;
        this.respondentWords += segment.words;
      }
      if (segment.coded) this.codedUnits++;
      if (segment.codings.some(isEvidence)) this.codedSegments++;
      for (const coding of segment.codings) {
        const counts = this.perCode[coding.code.order]!;
        if (!isEvidence(coding)) {
          counts.negated++;
          continue;
        }
        counts.segments++;
        present.add(coding.code.order);
      }
    }
    for (const order of present) this.perCode[order]!.documents++;
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
