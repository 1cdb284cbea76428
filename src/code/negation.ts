import type { Language } from '../model/language.js';
import type { Token } from '../text/tokenize.js';
import { findDutchNegation, type DutchWords } from './negation-nl.js';
import { isCueAt, isTerminatorAt, NEGATION_LEXICONS } from './negation-lexicon.js';

export { isNegationCue } from './negation-lexicon.js';

/** Words before a hit that may negate it, and words after it (English; and Dutch nouns before a cue). */
export const CUE_WINDOW_BEFORE = 4;
export const CUE_WINDOW_AFTER = 3;

/** The words of a segment as the negation rules see them. */
export interface NegationContext {
  readonly tokens: readonly Token[];
  /** Normalised form of each token. */
  readonly forms: readonly string[];
  /** Clause number of each token (clauses.ts): a sentence cut at commas and clause-starting words. */
  readonly clauses: Int32Array;
  readonly language: Language;
  /** What the Dutch rules know about words: verb forms, verbs of being and having. */
  readonly dutch: DutchWords;
}

/** The cue that negates a hit, and the rule by which it does (for `explain`). */
export interface NegationFinding {
  /** Position of the cue. */
  readonly cue: number;
  readonly rule: NegationRule;
}

/** The rules by which a cue negates a hit. */
export type NegationRule = 'in-hit' | 'before' | 'after' | 'before-verb' | 'after-verb' | 'subject' | 'zonder' | 'after-having-or-being';

/**
 * The cue that negates a hit on the tokens `matched` (sorted), or null. A hit whose own words hold
 * a cue ("geen hulp", "niemand belde") is a negative expression already: other cues do not turn
 * it around. Dutch follows its word order (negation-nl.ts); English keeps a window: a cue within 4
 * words before and 3 after the hit, or in a gap inside it, in the same sentence, not past a
 * terminator (but), and cues that only negate what follows (no, without) not after the hit.
 */
export function findNegation(context: NegationContext, matched: readonly number[]): NegationFinding | null {
  const { forms, language } = context;
  if (matched.some((index) => isCueAt(context, index))) return null;
  const first = matched[0]!;
  const last = matched[matched.length - 1]!;
  // A cue among the hit's words (between a split verb and its particle, in a gap): in every language.
  for (let index = first + 1; index < last; index++) {
    if (!matched.includes(index) && isCueAt(context, index)) return { cue: index, rule: 'in-hit' };
  }
  if (language === 'nl') return findDutchNegation(context, matched);
  const { tokens } = context;
  for (let index = first - 1; index >= 0 && index >= first - CUE_WINDOW_BEFORE; index--) {
    if (tokens[index]!.clause !== tokens[first]!.clause || isTerminatorAt(context, index)) break;
    if (isCueAt(context, index)) return { cue: index, rule: 'before' };
  }
  const forwardOnly = NEGATION_LEXICONS[language].forwardOnly;
  for (let index = last + 1; index < tokens.length && index <= last + CUE_WINDOW_AFTER; index++) {
    if (tokens[index]!.clause !== tokens[last]!.clause || isTerminatorAt(context, index)) break;
    if (isCueAt(context, index) && !forwardOnly.has(forms[index]!)) return { cue: index, rule: 'after' };
  }
  return null;
}
