import type { ExchangeSpan } from '../exchange/coding-model.js';
import { countBinary } from './stats/binary-table.js';
import { agreementOfTable, type CodeAgreement, overallAgreement, type OverallAgreement } from './stats/code-agreement.js';
import type { CodeGroup } from './match-codes.js';
import type { SideUnits } from './side-units.js';
import type { UnitDocument, UnitSegment } from './units.js';

/** What is compared: each unit segment (default), or each document as a whole. */
export type AgreementUnit = 'segment' | 'document';

/** A segment where the two codings differ on a code, with the spans of the side that has it. */
export interface Disagreement {
  readonly document: UnitDocument;
  readonly segment: UnitSegment;
  /** The spans of the coding that has the code here. */
  readonly spans: readonly ExchangeSpan[];
}

/** The figures and disagreements of one code group. */
export interface GroupAgreement {
  readonly group: CodeGroup;
  readonly figures: CodeAgreement;
  /** Segments the reference coded and the candidate did not (always segments, whatever the unit). */
  readonly missed: readonly Disagreement[];
  /** Segments the candidate coded and the reference did not. */
  readonly extra: readonly Disagreement[];
  /** Segments both coded, with the candidate's spans. */
  readonly agreed: readonly Disagreement[];
}

/** Agreement of two codings over the documents both cover. */
export interface Comparison {
  readonly unit: AgreementUnit;
  readonly documents: readonly UnitDocument[];
  /** Unit segments in the documents compared. */
  readonly segments: number;
  readonly codes: readonly GroupAgreement[];
  readonly overall: OverallAgreement;
}

/** The spans of a side's codes of a group in one segment (empty when it does not have them). */
export function spansIn(side: SideUnits, document: string, segment: number, codeIds: readonly string[]): ExchangeSpan[] {
  const byCode = side.segments.get(document)?.get(segment);
  if (byCode === undefined) return [];
  return codeIds.flatMap((id) => byCode.get(id) ?? []);
}

/** Compare a reference and a candidate coding code group by code group, over the unit segments (or documents) of `documents`. */
export function compareCodings(
  documents: readonly UnitDocument[],
  groups: readonly CodeGroup[],
  reference: SideUnits,
  candidate: SideUnits,
  unit: AgreementUnit,
): Comparison {
  const units = documents.flatMap((document) =>
    document.segments.filter((segment) => segment.unit).map((segment) => ({ document, segment })),
  );
  const codes = groups.map((group): GroupAgreement => {
    const referenceIds = group.reference.map((code) => code.id);
    const candidateIds = group.candidate.map((code) => code.id);
    const missed: Disagreement[] = [];
    const extra: Disagreement[] = [];
    const agreed: Disagreement[] = [];
    const inReference: boolean[] = [];
    const inCandidate: boolean[] = [];
    for (const { document, segment } of units) {
      const referenceSpans = spansIn(reference, document.id, segment.index, referenceIds);
      const candidateSpans = spansIn(candidate, document.id, segment.index, candidateIds);
      inReference.push(referenceSpans.length > 0);
      inCandidate.push(candidateSpans.length > 0);
      if (referenceSpans.length > 0 && candidateSpans.length === 0) missed.push({ document, segment, spans: referenceSpans });
      else if (candidateSpans.length > 0 && referenceSpans.length === 0) extra.push({ document, segment, spans: candidateSpans });
      else if (candidateSpans.length > 0) agreed.push({ document, segment, spans: candidateSpans });
    }
    const table = unit === 'segment' ? countBinary(inReference, inCandidate) : countBinary(...byDocument(units, inReference, inCandidate));
    return { group, figures: agreementOfTable(table), missed, extra, agreed };
  });
  return { unit, documents, segments: units.length, codes, overall: overallAgreement(codes.map((code) => code.figures)) };
}

/** Presence per document: a document has a code when one of its unit segments has it. */
function byDocument(
  units: readonly { document: UnitDocument }[],
  reference: readonly boolean[],
  candidate: readonly boolean[],
): [boolean[], boolean[]] {
  const order: UnitDocument[] = [];
  const presence = new Map<UnitDocument, [boolean, boolean]>();
  units.forEach(({ document }, index) => {
    let entry = presence.get(document);
    if (entry === undefined) {
      entry = [false, false];
      presence.set(document, entry);
      order.push(document);
    }
    entry[0] ||= reference[index]!;
    entry[1] ||= candidate[index]!;
  });
  return [order.map((document) => presence.get(document)![0]), order.map((document) => presence.get(document)![1])];
}
