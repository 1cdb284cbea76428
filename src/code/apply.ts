import type { NegationMode, PatternEntry, Reach } from '../model/codebook.js';
import type { CodeRef, Coding, CodingContext, Hit } from '../model/coding.js';
import type { Language } from '../model/language.js';
import type { Matcher, PatternHit, PatternUse, SegmentMatches } from './matcher.js';
import { isCueForm } from './negation-lexicon.js';
import { findNegation, type NegationContext, type NegationFinding } from './negation.js';

/** No heading and no question: what a text coded on its own has. */
export const NO_CONTEXT: CodingContext = { section: null, question: null };

/** A hit of a code's entry, with the negation mode that applies to it and, once looked for, its negation. */
export interface EntryHit {
  readonly hit: PatternHit;
  readonly entry: PatternEntry;
  readonly mode: NegationMode;
  /** The cue that negates it (null: none, or mode ignore). */
  readonly negation: NegationFinding | null;
}

/** What happened to a code that a pattern reached, for `explain`. */
export interface CodeDecision {
  readonly code: CodeRef;
  readonly outcome: 'coded' | 'negated' | 'out-of-scope' | 'vetoed' | 'incomplete' | 'not-counted';
  /** The hits of its entries, negation looked for (vetoed ones left out). */
  readonly hits: readonly EntryHit[];
  /** The unless entries that vetoed hits, with where they matched. */
  readonly vetoes: readonly { readonly entry: PatternEntry; readonly hits: readonly PatternHit[] }[];
}

/**
 * Code one segment: any `match` entry codes it, `unless` entries veto the code (in the segment,
 * or in the clause or sentence of their hit), `section:`/`question:` limit codes and entries to a
 * context, and each hit's negation mode (its entry's, else the code's) decides what a negated hit
 * does. Codings come in codebook order; `words` counts the segment's tokens.
 */
export function codeText(matcher: Matcher, text: string, context: CodingContext = NO_CONTEXT): { codings: Coding[]; words: number } {
  const matches = matcher.match(text);
  return { codings: codeMatches(matcher, matches, context, null), words: matches.tokens.length };
}

/** Code the matches of a segment; with `decisions`, also say what happened to every code a pattern reached. */
export function codeMatches(matcher: Matcher, matches: SegmentMatches, context: CodingContext, decisions: CodeDecision[] | null): Coding[] {
  if (matches.hits.length === 0) return [];
  const byCode = new Map<number, { hit: PatternHit; use: PatternUse }[]>();
  for (const hit of matches.hits) {
    for (const use of hit.pattern.uses) {
      const list = byCode.get(use.code);
      if (list) list.push({ hit, use });
      else byCode.set(use.code, [{ hit, use }]);
    }
  }
  const view = createView(matcher, matches);
  const codings: Coding[] = [];
  for (const [order, uses] of [...byCode].sort((a, b) => a[0] - b[0])) {
    const ref = matcher.codes[order]!;
    const decide = (outcome: CodeDecision['outcome'], hits: readonly EntryHit[], vetoes: CodeDecision['vetoes'] = []): void => {
      decisions?.push({ code: ref, outcome, hits, vetoes });
    };
    const { code } = ref;
    const inScope = (entry: { readonly section: PatternEntry['section']; readonly question: PatternEntry['question'] }) =>
      matcher.scopes.holds(entry.section, context.section) && matcher.scopes.holds(entry.question, context.question);
    if (!uses.some(({ use }) => use.list === 'match')) continue;
    if (!inScope(code)) {
      decide('out-of-scope', []);
      continue;
    }
    const language = ref.codebook.language;
    const match = entryHits(uses, 'match', code.match, inScope);
    const unless = entryHits(uses, 'unless', code.unless, inScope);
    let candidates: EntryHit[] = [];
    for (const [entry, parts] of match) {
      const mode = entry.negation ?? code.negation;
      const found = entry.all
        ? allOf(view, language, entry, mode, parts)
        : parts[0]!.map((hit) => view.evaluate(language, hit, entry, mode));
      // A loop, not push(...found): a long turn can have more hits than a call takes arguments.
      for (const item of found) candidates.push(item);
    }
    const vetoes: { entry: PatternEntry; hits: PatternHit[] }[] = [];
    for (const [entry, parts] of unless) {
      // Negated or not, an unless hit vetoes, unless its entry sets a negation mode.
      const mode = entry.negation ?? 'ignore';
      const found = entry.all
        ? allOf(view, language, entry, mode, parts)
        : parts[0]!.map((hit) => view.evaluate(language, hit, entry, mode));
      const vetoing = found.filter(counts).map((item) => item.hit);
      if (vetoing.length === 0) continue;
      const units = new Set(vetoing.map((hit) => view.unit(language, hit, entry.within)));
      const before = candidates.length;
      candidates = entry.within === 'segment' ? [] : candidates.filter((item) => !units.has(view.unit(language, item.hit, entry.within)));
      if (candidates.length < before) vetoes.push({ entry, hits: vetoing });
    }
    const counting = candidates.filter(counts).sort((a, b) => a.hit.start - b.hit.start || a.hit.end - b.hit.end);
    if (counting.length === 0) {
      const why = vetoes.length > 0 ? 'vetoed' : match.size === 0 ? 'out-of-scope' : candidates.length === 0 ? 'incomplete' : 'not-counted';
      decide(why, candidates, vetoes);
      continue;
    }
    const negated = counting.every((item) => item.mode === 'flag' && item.negation !== null);
    const shown = negated ? counting : counting.filter((item) => !(item.mode === 'flag' && item.negation !== null));
    codings.push({ code: ref, negated, hits: shown.map((item) => toHit(item, matches)) });
    decide(negated ? 'negated' : 'coded', candidates, vetoes);
  }
  return codings;
}

/** Whether a hit counts under its mode: exclude leaves out negated hits, require keeps only them. */
export function counts(item: EntryHit): boolean {
  if (item.mode === 'exclude') return item.negation === null;
  if (item.mode === 'require') return item.negation !== null;
  return true;
}

/** The hits of a code's entries in one list, by entry (in scope only) and by the entry's pattern. */
function entryHits(
  uses: readonly { hit: PatternHit; use: PatternUse }[],
  list: 'match' | 'unless',
  entries: readonly PatternEntry[],
  inScope: (entry: PatternEntry) => boolean,
): Map<PatternEntry, PatternHit[][]> {
  const byEntry = new Map<PatternEntry, PatternHit[][]>();
  for (const { hit, use } of uses) {
    if (use.list !== list) continue;
    const entry = entries[use.entry]!;
    let parts = byEntry.get(entry);
    if (!parts) {
      if (!inScope(entry)) continue;
      parts = entry.parts.map(() => []);
      byEntry.set(entry, parts);
    }
    // Each (entry, part) use of a pattern is listed once, so a hit comes here once per part.
    parts[use.part]!.push(hit);
  }
  return byEntry;
}

/** `all:`: one counting hit of every part, all in one clause, sentence or the segment; none when a part has none. */
function allOf(view: SegmentView, language: Language, entry: PatternEntry, mode: NegationMode, parts: readonly PatternHit[][]): EntryHit[] {
  // A part without any hit rules the entry out before any hit is evaluated (negation, units): the common case.
  if (parts.some((hits) => hits.length === 0)) return [];
  const evaluated = parts.map((hits) => hits.map((hit) => view.evaluate(language, hit, entry, mode)).filter(counts));
  if (evaluated.some((hits) => hits.length === 0)) return [];
  for (const first of evaluated[0]!) {
    const unit = view.unit(language, first.hit, entry.within);
    const chosen = evaluated.map((hits) => hits.find((item) => view.unit(language, item.hit, entry.within) === unit));
    if (chosen.every((item) => item !== undefined)) return chosen;
  }
  return [];
}

/** A segment as the coding of its codes sees it: forms, clauses and negation, each made once when first needed. */
interface SegmentView {
  evaluate(language: Language, hit: PatternHit, entry: PatternEntry, mode: NegationMode): EntryHit;
  /** The clause, sentence or (0) segment a hit stands in. */
  unit(language: Language, hit: PatternHit, reach: Reach): number;
}

function createView(matcher: Matcher, matches: SegmentMatches): SegmentView {
  const { tokens } = matches;
  let forms: string[] | null = null;
  const contexts = new Map<Language, NegationContext>();
  const negations = new Map<PatternHit, NegationFinding | null>();
  // Negation is looked for within a hit's sentence: in a sentence without a cue word there is none,
  // and neither its clauses nor the negation rules are needed (most hits).
  const cueSentences = new Map<Language, ReadonlySet<number>>();
  const sentencesWithCue = (language: Language): ReadonlySet<number> => {
    let found = cueSentences.get(language);
    if (!found) {
      const sentences = new Set<number>();
      matches.entries.forEach((entry, index) => {
        if (isCueForm(entry.form, language)) sentences.add(tokens[index]!.clause);
      });
      found = sentences;
      cueSentences.set(language, found);
    }
    return found;
  };
  const context = (language: Language): NegationContext => {
    let found = contexts.get(language);
    if (!found) {
      forms ??= matches.entries.map((entry) => entry.form);
      found = { tokens, forms, clauses: matches.clauses(language), language, dutch: matcher.dutch };
      contexts.set(language, found);
    }
    return found;
  };
  // A regex hit may run across sentences: any of them may hold its cue.
  const cueNear = (sentences: ReadonlySet<number>, hit: PatternHit): boolean => {
    const last = tokens[hit.matched[hit.matched.length - 1]!]!.clause;
    for (let sentence = tokens[hit.matched[0]!]!.clause; sentence <= last; sentence++) if (sentences.has(sentence)) return true;
    return false;
  };
  const firstToken = (hit: PatternHit): number => hit.matched[0] ?? tokens.findIndex((token) => token.end > hit.start);
  return {
    evaluate(language, hit, entry, mode) {
      if (mode === 'ignore' || hit.matched.length === 0) return { hit, entry, mode, negation: null };
      let negation = negations.get(hit);
      if (negation === undefined) {
        negation = cueNear(sentencesWithCue(language), hit) ? findNegation(context(language), hit.matched) : null;
        negations.set(hit, negation);
      }
      return { hit, entry, mode, negation };
    },
    unit(language, hit, reach) {
      if (reach === 'segment') return 0;
      const index = firstToken(hit);
      if (index < 0) return -1;
      return reach === 'sentence' ? tokens[index]!.clause : context(language).clauses[index]!;
    },
  };
}

function toHit(item: EntryHit, matches: SegmentMatches): Hit {
  const { hit, entry, negation } = item;
  return {
    pattern: entry.text.startsWith('{') ? entry.text : hit.pattern.text,
    start: hit.start,
    end: hit.end,
    negated: negation !== null,
    cue: negation !== null ? matches.tokens[negation.cue]!.raw : null,
  };
}
