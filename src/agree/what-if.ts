import { f1 } from './stats/binary-table.js';
import type { GroupAgreement } from './compare.js';
import type { UnitDocument, UnitSegment } from './units.js';

/** The F1 of one code if the candidate coded more segments, or fewer: what an edit of the codebook would do here. */
export interface WhatIf {
  /** F1 with these segments coded as well (a pattern added). */
  readonly adding: (segments: Iterable<UnitSegment>) => number;
  /** F1 without these segments (a pattern removed). */
  readonly removing: (segments: Iterable<UnitSegment>) => number;
}

/**
 * What-if F1 of a code over the units compared (segments, or documents with `byDocument`): the
 * candidate's coding changed by a set of segments, the reference's as it is. The same measure as
 * the code's F1, so that a suggestion says what it would do to the figure the researcher sees.
 */
export function whatIf(code: GroupAgreement, documentOf: ReadonlyMap<UnitSegment, UnitDocument>, byDocument: boolean): WhatIf {
  const unit = (segment: UnitSegment): object => (byDocument ? (documentOf.get(segment) ?? segment) : segment);
  const reference = new Set([...code.missed, ...code.agreed].map((entry) => unit(entry.segment)));
  const candidate = [...code.agreed, ...code.extra].map((entry) => entry.segment);
  const score = (segments: Iterable<UnitSegment>): number => {
    const coded = new Set([...segments].map(unit));
    let both = 0;
    for (const entry of coded) if (reference.has(entry)) both++;
    return f1({ both, onlyReference: reference.size - both, onlyCandidate: coded.size - both, neither: 0 });
  };
  return {
    adding: (segments) => score([...candidate, ...segments]),
    removing: (segments) => {
      const removed = new Set(segments);
      return score(candidate.filter((segment) => !removed.has(segment)));
    },
  };
}
