import type { Codebook, PatternSource } from '../model/codebook.js';
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

/** Compile the patterns of valid codebooks (patterns are checked when a codebook loads). */
export function compileMatcher(codebooks: readonly Codebook[]): Matcher {
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
  const patterns = [...byKey.values()].flatMap(({ source, language, uses }) => compilePatternSource(lexicon, source, language, uses));
  return {
    codes,
    match: createMatch(lexicon, patterns),
    scopes: createScopes(codes, lexicon),
    lexicon,
    dutch: createDutchWords(() => lexicon.verbs()),
  };
}
