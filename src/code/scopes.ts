import type { PatternSource } from '../model/codebook.js';
import type { CodeRef } from '../model/coding.js';
import type { Lexicon } from './lexicon.js';
import { compilePatternSource, createMatch, type CompiledPattern } from './match-patterns.js';

/** The `section:` and `question:` lists of codes and entries, matched against a heading or a question. */
export interface Scopes {
  /** Whether any code or entry has such a list (else no context is ever matched). */
  readonly any: boolean;
  /** Whether `text` (a heading or question; null: none) satisfies a list: one of its patterns matches. An empty list always holds. */
  holds(list: readonly PatternSource[], text: string | null): boolean;
}

/** The most distinct texts whose matches are kept: a heading repeats for every segment under it. */
const CACHE_SIZE = 16;

/** Compile every scope list of the codes into one matcher over the shared lexicon. */
export function createScopes(codes: readonly CodeRef[], lexicon: Lexicon): Scopes {
  const groups = new Map<readonly PatternSource[], number>();
  const patterns: CompiledPattern[] = [];
  for (const { codebook, code } of codes) {
    const lists = [code.section, code.question, ...[...code.match, ...code.unless].flatMap((entry) => [entry.section, entry.question])];
    for (const list of lists) {
      if (list.length === 0 || groups.has(list)) continue;
      const group = groups.size;
      groups.set(list, group);
      for (const source of list)
        patterns.push(...compilePatternSource(lexicon, source, codebook.language, [{ code: group, list: 'match', entry: 0, part: 0 }]));
    }
  }
  if (groups.size === 0) return { any: false, holds: (list) => list.length === 0 };
  const match = createMatch(lexicon, patterns);
  const cache = new Map<string, ReadonlySet<number>>();
  const satisfied = (text: string): ReadonlySet<number> => {
    let found = cache.get(text);
    if (!found) {
      found = new Set(match(text).hits.flatMap((hit) => hit.pattern.uses.map((use) => use.code)));
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(text, found);
    }
    return found;
  };
  return {
    any: true,
    holds(list, text) {
      if (list.length === 0) return true;
      const group = groups.get(list);
      return text !== null && group !== undefined && satisfied(text).has(group);
    },
  };
}
