/**
 * The one definition of "has a code", used by every count: a coding is evidence for its code
 * unless it is a negated mention (`negation: flag` and every hit negated). A segment has a code
 * when one of its codings of that code is evidence, a document (interview) when one of its
 * segments has it. Negated mentions are counted apart, never as presence.
 */
export function isEvidence(coding: { readonly negated: boolean }): boolean {
  return !coding.negated;
}
