import type { PatternSource } from '../model/codebook.js';
import type { Language } from '../model/language.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { Lexicon, WordEntry } from './lexicon.js';
import { matchRegex } from './match-regex.js';
import { literalPrefilter } from './regex-literals.js';
import { clauseNumbers } from './clauses.js';
import { isNegationCue } from './negation-lexicon.js';
import { elementAtoms, matchPhrase, type CompiledElement } from './phrase-match.js';
import { PhrasePresence } from './phrase-presence.js';
import { POLYNOMIAL_REGEX_WINDOW, REGEX_WINDOW, type WindowSize } from './regex-windows.js';

/** Where a compiled pattern is used: which code, which list, which entry of it and which of the entry's patterns. */
export interface PatternUse {
  readonly code: number;
  readonly list: 'match' | 'unless';
  readonly entry: number;
  readonly part: number;
}

/** A pattern compiled for matching, and the codes that use it. */
export interface CompiledPattern {
  readonly text: string;
  readonly language: Language;
  /** The phrase's positions; empty for a regex. */
  readonly elements: readonly CompiledElement[];
  /** One position of one-word alternatives only: a hit at every word that passes (no phrase to follow). */
  readonly simple: boolean;
  /** The words must stand in one clause, not only one sentence (a verb moved to the front of its phrase). */
  readonly inClause: boolean;
  readonly regex: RegExp | null;
  /** For a regex: a quick test that a text may hold a match (regex-literals.ts); null: run it always. */
  readonly prefilter: RegExp | null;
  /** How a regex is run over long segments (regex-windows.ts). */
  readonly window: WindowSize;
  readonly uses: readonly PatternUse[];
}

/** Where a pattern matched in a segment's text. */
export interface PatternHit {
  readonly pattern: CompiledPattern;
  readonly start: number;
  readonly end: number;
  /** Positions of the tokens the pattern's words matched, ascending. */
  readonly matched: readonly number[];
}

/** A segment's words and every pattern hit in it. */
export interface SegmentMatches {
  readonly tokens: readonly Token[];
  readonly entries: readonly WordEntry[];
  readonly hits: readonly PatternHit[];
  /** The clause number of each token in a language (clauses.ts), found once when first asked for. */
  clauses(language: Language): Int32Array;
}

/** How many words may stand between a finite verb and the rest of its phrase: the middle field (namen me toen niet serieus). */
export const MIDDLE_FIELD = 8;

/**
 * Compile one pattern in `lexicon`. A Dutch phrase that ends in a verb written as an infinitive
 * (`serieus nemen`, `op tijd bereiken`) also matches in main-clause order, the verb first and the
 * rest of the phrase after it in the clause: "namen me niet serieus", "bereikte hen niet op tijd".
 */
export function compilePatternSource(
  lexicon: Lexicon,
  source: PatternSource,
  language: Language,
  uses: readonly PatternUse[],
): CompiledPattern[] {
  const { pattern } = source;
  const text = source.text.trim();
  if (pattern.kind === 'regex') {
    const window = source.slowRegex ? POLYNOMIAL_REGEX_WINDOW : REGEX_WINDOW;
    return [
      {
        text,
        language,
        elements: [],
        simple: false,
        inClause: false,
        regex: new RegExp(pattern.source, `${pattern.flags}g`),
        prefilter: literalPrefilter(pattern.source, pattern.flags),
        window,
        uses,
      },
    ];
  }
  const compiled = pattern.elements.map((element) => {
    const registered = element.alternatives.map((test) => lexicon.register(test, language));
    const result: CompiledElement = {
      atoms: new Set(registered.flatMap((entry) => entry.atoms)),
      splits: registered.flatMap((entry) => entry.splits),
      phrases: element.phrases.map((words) => words.map((test) => new Set(lexicon.register(test, language).atoms))),
      gapBefore: element.gapBefore,
    };
    return { result, verbs: registered.flatMap((entry) => entry.verbs) };
  });
  const elements = compiled.map((element) => element.result);
  const patterns = [phrasePattern(text, language, elements, uses)];
  const last = compiled[compiled.length - 1]!;
  // Only a fixed expression moves: words in a row before the verb, no negation among them (a pattern with
  // a gap or a cue says where its words stand).
  const fixed = pattern.elements.every((element, index) => index === 0 || element.gapBefore === 0);
  const cue = pattern.elements.some((element) =>
    element.alternatives.some((test) => test.kind !== 'wildcard' && isNegationCue(test.form, language)),
  );
  if (language === 'nl' && elements.length > 1 && fixed && !cue && last.verbs.length > 0 && last.result.phrases.length === 0) {
    const verb: CompiledElement = { ...last.result, atoms: new Set(last.verbs), gapBefore: 0 };
    const rest = elements.slice(0, -1).map((element, index) => (index === 0 ? { ...element, gapBefore: MIDDLE_FIELD } : element));
    patterns.push(phrasePattern(text, language, [verb, ...rest], uses, true));
  }
  return patterns;
}

function phrasePattern(
  text: string,
  language: Language,
  elements: CompiledElement[],
  uses: readonly PatternUse[],
  inClause = false,
): CompiledPattern {
  const simple = elements.length === 1 && elements[0]!.phrases.length === 0 && elements[0]!.splits.length === 0;
  return { text, language, elements, simple, inClause, regex: null, prefilter: null, window: REGEX_WINDOW, uses };
}

/** The atoms a pattern can start at: its first position's words, the first words of its phrases, and split verbs. */
function firstAtoms(pattern: CompiledPattern): number[] {
  const first = pattern.elements[0];
  return first ? elementAtoms(first) : [];
}

/** The match function over a fixed set of patterns (also used for `section:` and `question:`). */
export function createMatch(lexicon: Lexicon, patterns: readonly CompiledPattern[]): (text: string) => SegmentMatches {
  const byFirstAtom = new Map<number, number[]>();
  patterns.forEach((pattern, index) => {
    for (const atom of new Set(firstAtoms(pattern))) {
      const list = byFirstAtom.get(atom) ?? [];
      list.push(index);
      byFirstAtom.set(atom, list);
    }
  });
  // Each distinct spelling is analysed once: its lexicon entry, the one-word patterns it is a hit
  // of, and the phrases that can start at it (by index).
  const words = new Map<string, Word>();
  const describe = (raw: string): Word => {
    let word = words.get(raw);
    if (!word) {
      const entry = lexicon.lookup(raw);
      const indexes = [...new Set(entry.atoms.flatMap((atom) => byFirstAtom.get(atom) ?? []))].sort((a, b) => a - b);
      word = {
        entry,
        simple: indexes.filter((index) => patterns[index]!.simple).map((index) => patterns[index]!),
        phrases: Int32Array.from(indexes.filter((index) => !patterns[index]!.simple)),
      };
      words.set(raw, word);
    }
    return word;
  };
  const regexPatterns = patterns.filter((pattern) => pattern.regex !== null);
  const presence = new PhrasePresence(patterns.map((pattern) => pattern.elements));
  return (text) => {
    presence.begin(lexicon.size);
    const tokens = tokenize(text);
    const entries: WordEntry[] = new Array(tokens.length);
    const described: Word[] = new Array(tokens.length);
    // Clauses are found once, and only for a segment where they are needed (a split verb, negation).
    const clauses: { language: Language; numbers: Int32Array }[] = [];
    const clausesOf = (language: Language): Int32Array => {
      let found = clauses.find((entry) => entry.language === language);
      if (!found) {
        const forms = entries.map((entry) => entry.form);
        found = { language, numbers: clauseNumbers(text, tokens, forms, language) };
        clauses.push(found);
      }
      return found.numbers;
    };
    const hits: PatternHit[] = [];
    // Phrases wait until every word is looked up.
    let phraseStarts = false;
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!;
      const word = describe(token.raw);
      described[position] = word;
      entries[position] = word.entry;
      const atoms = word.entry.atoms;
      presence.see(atoms);
      for (const pattern of word.simple) hits.push({ pattern, start: token.start, end: token.end, matched: [position] });
      if (word.phrases.length > 0) phraseStarts = true;
    }
    if (phraseStarts) {
      for (let position = 0; position < tokens.length; position++) {
        const starts = described[position]!.phrases;
        for (let index = 0; index < starts.length; index++) {
          if (!presence.mayMatch(starts[index]!)) continue;
          const pattern = patterns[starts[index]!]!;
          const matched = matchPhrase(pattern, tokens, entries, position, clausesOf);
          if (matched) hits.push({ pattern, start: tokens[matched[0]!]!.start, end: tokens[matched[matched.length - 1]!]!.end, matched });
        }
      }
    }
    // A loop, not push(...): a long turn can have more regex hits than a call takes arguments.
    for (const pattern of regexPatterns) {
      // Most segments hold none of the literals a regex needs: then it is not run.
      if (pattern.prefilter && !pattern.prefilter.test(text)) continue;
      for (const hit of matchRegex(pattern, text, tokens)) hits.push(hit);
    }
    if (phraseStarts || regexPatterns.length > 0) hits.sort(byPlace);
    return { tokens, entries, hits, clauses: clausesOf };
  };
}

/** A distinct spelling: its lexicon entry, its one-word patterns, and the indexes of the phrases that may start at it. */
interface Word {
  readonly entry: WordEntry;
  readonly simple: readonly CompiledPattern[];
  readonly phrases: Int32Array;
}

/** Hits in text order; at one place, shorter first, then in pattern order (the sort is stable). */
function byPlace(a: PatternHit, b: PatternHit): number {
  return a.start - b.start || a.end - b.end;
}
