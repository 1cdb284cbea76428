import { compareNames } from '../text/natural-compare.js';
import { attributeCell, attributeValue } from '../model/transcript.js';
import type { SuggestDocument } from './model.js';
import type { CandidateGroups } from './report-model.js';

/** The group value of each interview for an attribute (null: it has none). */
export function groupValues(documents: readonly SuggestDocument[], attribute: string): (string | null)[] {
  return documents.map((document) => {
    const cell = attributeCell(attributeValue(document.attributes, attribute));
    return cell === null || cell === '' ? null : String(cell);
  });
}

/** How many of a candidate's interviews (indexes) fall in each group of each attribute, with the group sizes. */
export function countGroups(values: ReadonlyMap<string, readonly (string | null)[]>, documents: readonly number[]): CandidateGroups[] {
  return [...values].map(([attribute, perDocument]) => {
    const size = new Map<string | null, number>();
    for (const value of perDocument) size.set(value, (size.get(value) ?? 0) + 1);
    const inCandidate = new Map<string | null, number>();
    for (const index of documents) inCandidate.set(perDocument[index]!, (inCandidate.get(perDocument[index]!) ?? 0) + 1);
    const ordered = [...size.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareNames(a, b)));
    return { attribute, groups: ordered.map((value) => ({ value, documents: inCandidate.get(value) ?? 0, size: size.get(value)! })) };
  });
}
