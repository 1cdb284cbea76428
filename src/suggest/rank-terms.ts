import { logLikelihood, overRepresented } from '../agree/keyness.js';
import type { TermCount, TermTable } from './term-counts.js';

/** A term that recurs in the gap, with its statistics. */
export interface RankedTerm {
  readonly key: string;
  readonly phrase: boolean;
  /** The form written most often in the gap. */
  readonly label: string;
  /** Gap forms, most frequent first. */
  readonly forms: readonly { readonly form: string; readonly count: number }[];
  readonly gap: number;
  readonly reached: number;
  /** Document indexes (ascending) and segment indexes with an occurrence in the gap. */
  readonly documents: readonly number[];
  readonly segments: readonly number[];
  /** Log-likelihood G2 of the term in the gap against the reached sentences; null when nothing is reached. */
  readonly g2: number | null;
  /** log2 of the term's relative frequency in the gap over that in reached sentences (0.5 added to both counts). */
  readonly logRatio: number | null;
}

/** G2 from this value is significant at p < 0.05 (one degree of freedom). */
export const SIGNIFICANT_G2 = 3.84;
/** A term must be at least twice as frequent in the gap as in reached sentences (log ratio 1). */
export const MIN_LOG_RATIO = 1;

/**
 * The terms that recur in the gap: in at least `minInterviews` interviews, and (when the
 * codebooks reach any sentence) over-represented in the gap with G2 ≥ 3.84 and a log ratio ≥ 1, so
 * that words spread evenly over the corpus (time words, everyday verbs) drop out. Ranked by the
 * number of interviews, then G2, then key. A word group whose forms all belong to a larger group
 * (`buurtbus` beside `bus`) is left out.
 */
export function rankTerms(table: TermTable, minInterviews: number): RankedTerm[] {
  const keyness = table.reachedTokens > 0 && table.gapTokens > 0;
  const ranked = [...table.terms.values()]
    .filter((term) => term.documents.size >= minInterviews)
    .map((term) => toRanked(term, table, keyness))
    .filter((term) => !keyness || (term.g2! >= SIGNIFICANT_G2 && term.logRatio! >= MIN_LOG_RATIO && overRepresented(term.gap, table.gapTokens, term.reached, table.reachedTokens)));
  const kept = ranked.filter((term) => term.phrase || !ranked.some((other) => other !== term && !other.phrase && subsumes(other, term)));
  return kept.sort((a, b) => b.documents.length - a.documents.length || (b.g2 ?? 0) - (a.g2 ?? 0) || compareText(a.key, b.key));
}

function toRanked(term: TermCount, table: TermTable, keyness: boolean): RankedTerm {
  const forms = [...term.forms].map(([form, count]) => ({ form, count })).sort((a, b) => b.count - a.count || compareText(a.form, b.form));
  const ratio = ((term.gap + 0.5) / table.gapTokens) / ((term.reached + 0.5) / table.reachedTokens);
  return {
    key: term.key,
    phrase: term.phrase,
    label: forms[0]!.form,
    forms,
    gap: term.gap,
    reached: term.reached,
    documents: [...term.documents].sort((a, b) => a - b),
    segments: [...term.segments].sort((a, b) => a - b),
    g2: keyness ? logLikelihood(term.gap, table.gapTokens, term.reached, table.reachedTokens) : null,
    logRatio: keyness ? Math.log2(ratio) : null,
  };
}

/** Whether every gap form of `inner` is a form of `outer`, and `outer` has more (or the same and comes first). */
function subsumes(outer: RankedTerm, inner: RankedTerm): boolean {
  const forms = new Set(outer.forms.map((entry) => entry.form));
  if (!inner.forms.every((entry) => forms.has(entry.form))) return false;
  return outer.forms.length > inner.forms.length || compareText(outer.key, inner.key) < 0;
}

/** Code-point order, the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
