import type { CodeRef } from '../code/matcher.js';
import type { CodedDocument } from '../pipeline.js';
import { isEvidence } from './presence.js';

/** How often one code occurs in the corpus. */
export interface CodeTally {
  readonly code: CodeRef;
  /** Documents with at least one segment that has the code (a coding that is evidence, see isEvidence). */
  readonly documents: number;
  /** Segments that have the code. */
  readonly segments: number;
  /** Segments where the code is only a negated mention (negation: flag, every hit negated); not counted above. */
  readonly negated: number;
}

/** Totals of a coded corpus. */
export interface CorpusTally {
  readonly documents: number;
  readonly segments: number;
  readonly respondentSegments: number;
  readonly respondentWords: number;
  /** Segments that were coded (respondents, and interviewers when included). */
  readonly codedUnits: number;
  /** Coded units that have at least one code (negated mentions alone do not count). */
  readonly codedSegments: number;
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
