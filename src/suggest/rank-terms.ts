import { logLikelihood, overRepresented } from '../agree/keyness.js';
import type { TermCount, TermTable } from './term-counts.js';

/** A term that recurs in the gap, with its statistics. */
export interface RankedTerm {
  readonly key: string;
  readonly phrase: boolean;
  /** The form written most often in the gap that may name the group (TermKeys.names; else the most frequent). */
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
/** A term must be at least √2 ≈ 1.4 times as frequent in the gap as in reached sentences (log ratio 0.5). */
export const MIN_LOG_RATIO = 0.5;
/** Below this share of respondent words in reached sentences, the comparison says little: keyness is not used to filter. */
export const MIN_REACHED_SHARE = 0.05;

/** Whether the codebooks reach enough of the respondent text for keyness to filter terms. */
export function keynessFilters(table: TermTable): boolean {
  return table.gapTokens > 0 && table.reachedTokens >= MIN_REACHED_SHARE * (table.gapTokens + table.reachedTokens);
}

/**
 * The terms that recur in the gap: in at least `minInterviews` interviews and, when the codebooks
 * reach enough text (keynessFilters), key to the gap (keyInGap), so that words spread evenly over
 * the corpus drop out.
 * Ranked by the number of interviews, then G2, then key. A word group whose forms all belong to a
 * larger group (`buurtbus` beside `bus`) is left out.
 */
export function rankTerms(table: TermTable, minInterviews: number, ownForm: (key: string, form: string) => boolean): RankedTerm[] {
  const keyness = table.reachedTokens > 0 && table.gapTokens > 0;
  const filters = keynessFilters(table);
  const ranked = [...table.terms.values()]
    .filter((term) => term.documents.size >= minInterviews)
    .map((term) => toRanked(term, table, keyness, ownForm))
    .filter((term) => !filters || keyInGap(term, table));
  const kept = ranked.filter((term) => term.phrase || !ranked.some((other) => other !== term && !other.phrase && subsumes(other, term)));
  return kept.sort((a, b) => b.documents.length - a.documents.length || (b.g2 ?? 0) - (a.g2 ?? 0) || compareText(a.key, b.key));
}

/**
 * Whether a term is key to the gap: over-represented in it with a log ratio of at least 0.5, and
 * significantly so (G2 ≥ 3.84) whenever the term is frequent enough for the test to show it, that
 * is when G2 would reach 3.84 with every occurrence in the gap. A rarer term cannot be tested; it
 * counts on its log ratio alone.
 */
function keyInGap(term: RankedTerm, table: TermTable): boolean {
  if (term.logRatio! < MIN_LOG_RATIO || !overRepresented(term.gap, table.gapTokens, term.reached, table.reachedTokens)) return false;
  const testable = logLikelihood(term.gap + term.reached, table.gapTokens, 0, table.reachedTokens) >= SIGNIFICANT_G2;
  return !testable || term.g2! >= SIGNIFICANT_G2;
}

function toRanked(term: TermCount, table: TermTable, keyness: boolean, ownForm: (key: string, form: string) => boolean): RankedTerm {
  const forms = [...term.forms].map(([form, count]) => ({ form, count })).sort((a, b) => b.count - a.count || compareText(a.form, b.form));
  // A group is named by a form of its own stem or a compound it ends (`huis`, `dorpshuis`), not by one it begins (`huisarts`).
  const label = (forms.find((entry) => ownForm(term.key, entry.form)) ?? forms[0]!).form;
  const ratio = (term.gap + 0.5) / table.gapTokens / ((term.reached + 0.5) / table.reachedTokens);
  return {
    key: term.key,
    phrase: term.phrase,
    label,
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
