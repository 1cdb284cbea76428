import type { CodingContext } from '../model/coding.js';
import type { Language } from '../model/language.js';
import { codeMatches, counts, type CodeDecision } from './apply.js';
import type { AtomKind } from './lexicon.js';
import type { Matcher, PatternHit } from './matcher.js';
import { isNegationCue, type NegationRule } from './negation.js';

/** One word of the text as the matcher sees it. */
export interface ExplainedToken {
  /** 1-based word number. */
  readonly number: number;
  readonly word: string;
  /** The normalised form words are compared by. */
  readonly form: string;
  /** The stem per language of the codebooks. */
  readonly stems: Readonly<Partial<Record<Language, string>>>;
  /** Dutch verbs this word is a form of (infinitives). */
  readonly verbs: readonly string[];
  /** 1-based sentence and clause numbers. */
  readonly sentence: number;
  readonly clause: number;
  /** Whether the word is a negation cue of a codebook language. */
  readonly cue: boolean;
}

/** How one word of a hit passed its pattern: the word tests it met. */
export interface ExplainedWord {
  readonly number: number;
  readonly tests: readonly AtomKind[];
}

/** A pattern that matched, where, why, and for which codes. */
export interface ExplainedHit {
  readonly pattern: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly ExplainedWord[];
  readonly uses: readonly { readonly code: string; readonly list: 'match' | 'unless' }[];
}

/** What a code did with its hits. */
export interface ExplainedCode {
  readonly code: string;
  readonly codebook: string;
  readonly outcome: CodeDecision['outcome'];
  readonly negation: string;
  readonly hits: readonly {
    readonly pattern: string;
    readonly text: string;
    readonly mode: string;
    readonly cue: { readonly word: string; readonly number: number; readonly rule: NegationRule } | null;
    readonly counts: boolean;
  }[];
  readonly vetoes: readonly { readonly pattern: string; readonly text: string; readonly within: string }[];
}

/** Everything `explain` shows about one text. */
export interface Explanation {
  readonly text: string;
  readonly context: CodingContext;
  readonly tokens: readonly ExplainedToken[];
  readonly hits: readonly ExplainedHit[];
  readonly codes: readonly ExplainedCode[];
}

/** How the matcher reads a text: its words, every pattern hit and why, and what each code reached did. */
export function explainText(matcher: Matcher, text: string, context: CodingContext): Explanation {
  const matches = matcher.match(text);
  const decisions: CodeDecision[] = [];
  codeMatches(matcher, matches, context, decisions);
  const languages = [...new Set(matcher.codes.map((ref) => ref.codebook.language))];
  const forms = matches.entries.map((entry) => entry.form);
  const clauses = matches.clauses(languages[0] ?? 'nl');
  const tokens = matches.tokens.map((token, index): ExplainedToken => {
    const form = forms[index]!;
    return {
      number: index + 1,
      word: token.raw,
      form,
      stems: Object.fromEntries(languages.map((language) => [language, matcher.lexicon.stemKey(form, language)])),
      verbs: languages.includes('nl') && matcher.dutch.isVerbForm(form) ? matcher.lexicon.verbs().lemmas(form) : [],
      sentence: token.clause + 1,
      clause: clauses[index]! + 1,
      cue: languages.some((language) => isNegationCue(form, language)),
    };
  });
  const codeId = (order: number) => matcher.codes[order]!.code.id;
  const hits = matches.hits.map(
    (hit): ExplainedHit => ({
      pattern: hit.pattern.text,
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      words: explainWords(matcher, matches.entries, hit),
      uses: hit.pattern.uses.map((use) => ({ code: codeId(use.code), list: use.list })),
    }),
  );
  const codes = decisions.map(
    (decision): ExplainedCode => ({
      code: decision.code.code.id,
      codebook: decision.code.codebook.id,
      outcome: decision.outcome,
      negation: decision.code.code.negation,
      hits: decision.hits.map((item) => ({
        pattern: item.entry.text,
        text: text.slice(item.hit.start, item.hit.end),
        mode: item.mode,
        cue: item.negation
          ? { word: matches.tokens[item.negation.cue]!.raw, number: item.negation.cue + 1, rule: item.negation.rule }
          : null,
        counts: counts(item),
      })),
      vetoes: decision.vetoes.map((veto) => ({
        pattern: veto.entry.text,
        text: veto.hits.map((hit) => text.slice(hit.start, hit.end)).join(', '),
        within: veto.entry.within,
      })),
    }),
  );
  return { text, context, tokens, hits, codes };
}

/** For each word of a hit, the word tests of its pattern that it passes (a regex hit has none). */
function explainWords(matcher: Matcher, entries: readonly { readonly atoms: readonly number[] }[], hit: PatternHit): ExplainedWord[] {
  const atoms = new Set(
    hit.pattern.elements.flatMap((element) => [
      ...element.atoms,
      ...element.phrases.flatMap((phrase) => phrase.flatMap((set) => [...set])),
      ...element.splits.flatMap((split) => [split.head, split.late, split.particleAtom]),
    ]),
  );
  return hit.matched.map((position) => ({
    number: position + 1,
    tests: hit.pattern.regex
      ? []
      : entries[position]!.atoms.filter((atom) => atoms.has(atom)).map((atom) => matcher.lexicon.describe(atom)),
  }));
}
