import type { Code, Codebook, PatternSource } from '../model/codebook.js';
import { Lexicon, type WordEntry } from './lexicon.js';
import { matchRegex } from './match-regex.js';
import { POLYNOMIAL_REGEX_WINDOW, REGEX_WINDOW, type WindowSize } from './regex-windows.js';
import type { Language } from '../model/language.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { CodeRef } from '../model/coding.js';

/** A pattern compiled for matching, and the codes that use it. */
export interface CompiledPattern {
  readonly text: string;
  readonly language: Language;
  /** Atom ids per phrase position, and the gap allowed before each position; empty for a regex. */
  readonly elements: readonly { readonly atoms: ReadonlySet<number>; readonly gapBefore: number }[];
  readonly regex: RegExp | null;
  /** How a regex is run over long segments (regex-windows.ts). */
  readonly window: WindowSize;
  readonly uses: readonly { readonly code: number; readonly unless: boolean }[];
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
}

/** All patterns of all codebooks compiled into one matcher. */
export interface Matcher {
  readonly codes: readonly CodeRef[];
  /** Tokenise a segment once and find every pattern hit in one pass over its words. */
  match(text: string): SegmentMatches;
}

/**
 * Compile the patterns of valid codebooks (patterns are checked when a codebook loads). With
 * `only`, the matcher finds the hits of those codes alone (by code order), with their patterns in
 * the same order as in the whole matcher, so that each of those codes is coded exactly as the
 * whole matcher codes it (what the cache needs to re-code only the codes that changed).
 */
export function compileMatcher(codebooks: readonly Codebook[], only?: ReadonlySet<number>): Matcher {
  const lexicon = new Lexicon();
  const codes: CodeRef[] = [];
  const byKey = new Map<string, { source: PatternSource; language: Language; uses: { code: number; unless: boolean }[] }>();
  for (const codebook of codebooks) {
    for (const theme of codebook.themes) {
      for (const code of theme.codes) {
        const order = codes.length;
        codes.push({ order, codebook, theme, code });
        const add = (source: PatternSource, unless: boolean): void => {
          const key = `${codebook.language}\u0000${source.text.trim()}`;
          let entry = byKey.get(key);
          if (!entry) {
            entry = { source, language: codebook.language, uses: [] };
            byKey.set(key, entry);
          }
          entry.uses.push({ code: order, unless });
        };
        for (const pattern of code.match) add(pattern, false);
        for (const pattern of code.unless) add(pattern, true);
      }
    }
  }
  const patterns: CompiledPattern[] = [];
  for (const entry of byKey.values()) {
    const { source, language } = entry;
    const uses = only ? entry.uses.filter((use) => only.has(use.code)) : entry.uses;
    if (uses.length === 0) continue;
    const { pattern } = source;
    const text = source.text.trim();
    if (pattern.kind === 'regex') {
      const window = source.slowRegex ? POLYNOMIAL_REGEX_WINDOW : REGEX_WINDOW;
      patterns.push({ text, language, elements: [], regex: new RegExp(pattern.source, `${pattern.flags}g`), window, uses });
    } else {
      const elements = pattern.elements.map((element) => ({
        atoms: new Set(element.alternatives.flatMap((test) => lexicon.register(test, language))),
        gapBefore: element.gapBefore,
      }));
      patterns.push({ text, language, elements, regex: null, window: REGEX_WINDOW, uses });
    }
  }
  return { codes, match: createMatch(lexicon, patterns) };
}

function createMatch(lexicon: Lexicon, patterns: readonly CompiledPattern[]): (text: string) => SegmentMatches {
  const byFirstAtom = new Map<number, number[]>();
  patterns.forEach((pattern, index) => {
    for (const atom of pattern.elements[0]?.atoms ?? []) {
      const list = byFirstAtom.get(atom) ?? [];
      list.push(index);
      byFirstAtom.set(atom, list);
    }
  });
  // Each distinct spelling is analysed once: its lexicon entry and the patterns that can start at it.
  const words = new Map<string, { readonly entry: WordEntry; readonly starts: readonly CompiledPattern[] }>();
  const describe = (raw: string) => {
    let word = words.get(raw);
    if (!word) {
      const entry = lexicon.lookup(raw);
      const indexes = new Set(entry.atoms.flatMap((atom) => byFirstAtom.get(atom) ?? []));
      word = { entry, starts: [...indexes].sort((a, b) => a - b).map((index) => patterns[index]!) };
      words.set(raw, word);
    }
    return word;
  };
  const regexPatterns = patterns.filter((pattern) => pattern.regex !== null);
  return (text) => {
    const tokens = tokenize(text);
    const entries: WordEntry[] = new Array(tokens.length);
    const hits: PatternHit[] = [];
    // Phrases wait until every word is looked up: [position, pattern] pairs.
    const phrases: (number | CompiledPattern)[] = [];
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!;
      const word = describe(token.raw);
      entries[position] = word.entry;
      const starts = word.starts;
      for (let index = 0; index < starts.length; index++) {
        const pattern = starts[index]!;
        if (pattern.elements.length === 1) hits.push({ pattern, start: token.start, end: token.end, matched: [position] });
        else phrases.push(position, pattern);
      }
    }
    for (let index = 0; index < phrases.length; index += 2) {
      const position = phrases[index] as number;
      const pattern = phrases[index + 1] as CompiledPattern;
      const matched = matchPhrase(pattern, tokens, entries, position);
      if (matched) hits.push({ pattern, start: tokens[position]!.start, end: tokens[matched[matched.length - 1]!]!.end, matched });
    }
    for (const pattern of regexPatterns) hits.push(...matchRegex(pattern, text, tokens));
    if (phrases.length > 0 || regexPatterns.length > 0) hits.sort(byPlace);
    return { tokens, entries, hits };
  };
}

/** Hits in text order; at one place, shorter first, then in pattern order (the sort is stable). */
function byPlace(a: PatternHit, b: PatternHit): number {
  return a.start - b.start || a.end - b.end;
}

/** The token positions of the shortest match of a phrase starting at `first`, or null. */
function matchPhrase(pattern: CompiledPattern, tokens: readonly Token[], entries: readonly WordEntry[], first: number): number[] | null {
  // Most attempts start at a common word ("een", "de") and fail at once on the next word.
  const second = pattern.elements[1]!;
  if (second.gapBefore === 0 && !(first + 1 < tokens.length && passes(entries[first + 1]!, second.atoms))) return null;
  const matched = [first];
  const clause = tokens[first]!.clause;
  const extend = (element: number): boolean => {
    if (element === pattern.elements.length) return true;
    const { atoms, gapBefore } = pattern.elements[element]!;
    const previous = matched[matched.length - 1]!;
    for (let position = previous + 1; position <= previous + 1 + gapBefore && position < tokens.length; position++) {
      if (tokens[position]!.clause !== clause) return false;
      if (passes(entries[position]!, atoms)) {
        matched.push(position);
        if (extend(element + 1)) return true;
        matched.pop();
      }
    }
    return false;
  };
  return extend(1) ? matched : null;
}

/** Whether a word passes one of the word tests of a phrase position. */
function passes(entry: WordEntry, atoms: ReadonlySet<number>): boolean {
  for (const atom of entry.atoms) if (atoms.has(atom)) return true;
  return false;
}

/**
 * The version of the matching rules: raise it with every change to how a pattern matches or a
 * hit is negated, so that codings cached by an earlier build are coded again.
 */
export const MATCHING_VERSION = 1;

/**
 * What decides the coding of each code, by code order: its language, negation mode and
 * patterns (parsed, with their regex speed and use), in the order the whole matcher tries them.
 * Two runs code a segment alike with a code whose description is the same (the cache's key).
 */
export function describeCodes(codebooks: readonly Codebook[]): string[] {
  const rank = new Map<string, number>();
  const codes: { language: Language; code: Code }[] = [];
  for (const codebook of codebooks) {
    for (const theme of codebook.themes) {
      for (const code of theme.codes) {
        codes.push({ language: codebook.language, code });
        for (const source of [...code.match, ...code.unless]) {
          const key = `${codebook.language}\u0000${source.text.trim()}`;
          if (!rank.has(key)) rank.set(key, rank.size);
        }
      }
    }
  }
  return codes.map(({ language, code }) => {
    const uses = [...code.match.map((source) => ({ source, unless: false })), ...code.unless.map((source) => ({ source, unless: true }))]
      .map(({ source, unless }) => ({ key: `${language}\u0000${source.text.trim()}`, source, unless }))
      .sort((a, b) => rank.get(a.key)! - rank.get(b.key)!)
      .map(({ key, source, unless }) => [key, unless, source.slowRegex, source.pattern]);
    // Every field of a code that is not text for people counts, also ones added later, so that a
    // new construct can never be served from codings cached without it.
    const {
      id: _id,
      label: _label,
      definition: _definition,
      include: _include,
      exclude: _exclude,
      examples: _examples,
      place: _place,
      match: _match,
      unless: _unless,
      ...rest
    } = code;
    return JSON.stringify([MATCHING_VERSION, language, uses, rest]);
  });
}
