import type { Code, Codebook, PatternSource } from '../model/codebook.js';
import type { CodeRef } from '../model/coding.js';
import type { Language } from '../model/language.js';
import { Lexicon } from './lexicon.js';
import { compilePatternSource, createMatch, type PatternUse, type SegmentMatches } from './match-patterns.js';
import { createDutchWords, type DutchWords } from './negation-nl.js';
import { createScopes, type Scopes } from './scopes.js';

export type { CompiledPattern, PatternHit, PatternUse, SegmentMatches } from './match-patterns.js';

/** All patterns of all codebooks compiled into one matcher. */
export interface Matcher {
  readonly codes: readonly CodeRef[];
  /** Tokenise a segment once and find every pattern hit in one pass over its words. */
  match(text: string): SegmentMatches;
  /** The `section:` and `question:` lists of the codes and their entries, matched against other texts. */
  readonly scopes: Scopes;
  /** The lexicon the patterns were registered in (for `explain`). */
  readonly lexicon: Lexicon;
  /** What the Dutch negation rule knows about words, over the same lexicon's verbs. */
  readonly dutch: DutchWords;
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
  const byKey = new Map<string, { source: PatternSource; language: Language; uses: PatternUse[] }>();
  for (const codebook of codebooks) {
    for (const theme of codebook.themes) {
      for (const code of theme.codes) {
        const order = codes.length;
        codes.push({ order, codebook, theme, code });
        for (const list of ['match', 'unless'] as const) {
          code[list].forEach((entry, index) => {
            entry.parts.forEach((source, part) => {
              const key = `${codebook.language}\u0000${source.text.trim()}`;
              let compiled = byKey.get(key);
              if (!compiled) {
                compiled = { source, language: codebook.language, uses: [] };
                byKey.set(key, compiled);
              }
              compiled.uses.push({ code: order, list, entry: index, part });
            });
          });
        }
      }
    }
  }
  const patterns = [...byKey.values()].flatMap(({ source, language, uses }) => {
    const used = only ? uses.filter((use) => only.has(use.code)) : uses;
    return used.length === 0 ? [] : compilePatternSource(lexicon, source, language, used);
  });
  return {
    codes,
    match: createMatch(lexicon, patterns),
    scopes: createScopes(codes, lexicon),
    lexicon,
    dutch: createDutchWords(() => lexicon.verbs()),
  };
}

/**
 * The version of the matching rules: raise it with every change to how a pattern matches or a
 * hit is negated, so that codings cached by an earlier build are coded again.
 */
export const MATCHING_VERSION = 2;

/**
 * What decides the coding of each code, by code order: its language, every field of the code
 * that is not text for people (negation mode, `section:`, `question:`, its `match` and `unless`
 * entries with their parsed patterns and options), and the order in which the whole matcher tries
 * its own patterns. Two runs code a segment alike with a code whose description is the same (the
 * cache's key). Places in the codebook file are left out: moving a code does not change it.
 */
export function describeCodes(codebooks: readonly Codebook[]): string[] {
  const rank = new Map<string, number>();
  const codes: { language: Language; code: Code }[] = [];
  for (const codebook of codebooks) {
    for (const theme of codebook.themes) {
      for (const code of theme.codes) {
        codes.push({ language: codebook.language, code });
        for (const entry of [...code.match, ...code.unless]) {
          for (const source of entry.parts) {
            const key = `${codebook.language}\u0000${source.text.trim()}`;
            if (!rank.has(key)) rank.set(key, rank.size);
          }
        }
      }
    }
  }
  return codes.map(({ language, code }) => {
    // The order in which the whole matcher tries this code's patterns, as positions in the code's
    // own list: a pattern added to another code leaves it alone.
    const ranks = [...code.match, ...code.unless].flatMap((entry) =>
      entry.parts.map((source) => rank.get(`${language}\u0000${source.text.trim()}`)!),
    );
    const order = ranks.map((_, index) => index).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
    // Every field of a code that is not text for people counts, also ones added later, so that a
    // new construct can never be served from codings cached without it.
    const { id: _id, label: _label, definition: _definition, include: _include, exclude: _exclude, examples: _examples, ...rest } = code;
    return JSON.stringify([MATCHING_VERSION, language, order, rest], (key, value) => (key === 'place' ? undefined : value));
  });
}
