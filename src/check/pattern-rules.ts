import type { Pattern } from '../model/pattern.js';
import { createStemmer, type Stemmer } from '../code/stem.js';
import type { Language } from '../model/language.js';
import { stopwords } from '../code/stopwords.js';
import type { PatternSource } from '../model/codebook.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { allCodes, finding, quote, type CheckContext, type CodeEntry } from './context.js';
import { patternKey } from './pattern-key.js';

interface PatternUse {
  readonly entry: CodeEntry;
  readonly source: PatternSource;
  readonly pattern: Pattern;
  readonly list: 'match' | 'unless';
}

/**
 * `duplicate-pattern` (warning: the same normalised match pattern twice in a codebook) and
 * `stopword-pattern` (warning: a pattern that fires in nearly every segment). `unsafe-regex` is
 * found as a codebook loads (codebook/regex-risks.ts), so that every command refuses the same regexes.
 */
export function checkPatterns(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stemmers = new Map<Language, Stemmer>();
  const firstUse = new Map<string, PatternUse>();
  const stopwordSets = new Map<Language, ReadonlySet<string>>();
  for (const use of patternUses(context)) {
    const { entry, source, pattern, list } = use;
    const file = entry.codebook.file;
    const language = entry.codebook.language;
    let words = stopwordSets.get(language);
    if (!words) {
      words = stopwords(language);
      stopwordSets.set(language, words);
    }
    const common = commonness(pattern, words);
    if (common !== null) {
      const effect = list === 'match' ? 'codes nearly every segment' : 'vetoes the code in nearly every segment';
      diagnostics.push(
        finding(
          file,
          source.place,
          'warning',
          `${list} pattern ${quote(source.text)} of "${entry.code.id}" ${common}, so it ${effect}`,
          'stopword-pattern',
        ),
      );
    }
    if (list !== 'match') continue;
    let stem = stemmers.get(language);
    if (!stem) {
      stem = createStemmer(language);
      stemmers.set(language, stem);
    }
    // Within a codebook: codebooks used together may share words on purpose (different dimensions).
    const key = `${entry.codebook.file}\u0000${patternKey(pattern, stem)}`;
    const first = firstUse.get(key);
    if (!first) {
      firstUse.set(key, use);
      continue;
    }
    const where = `line ${first.source.place.line}`;
    const same = first.source.text.trim() === source.text.trim() ? 'is also' : `matches the same words as ${quote(first.source.text)},`;
    const owner = first.entry.code === entry.code ? 'of the same code' : `of "${first.entry.code.id}"`;
    diagnostics.push(
      finding(
        file,
        source.place,
        'warning',
        `match pattern ${quote(source.text)} of "${entry.code.id}" ${same} a pattern ${owner} (${where}); keep one`,
        'duplicate-pattern',
      ),
    );
  }
  return diagnostics;
}

function* patternUses(context: CheckContext): Generator<PatternUse> {
  for (const entry of allCodes(context.codebooks)) {
    for (const list of ['match', 'unless'] as const) {
      for (const source of entry.code[list]) yield { entry, source, pattern: source.pattern, list };
    }
  }
}

/** Why a pattern fires nearly everywhere, or null when it does not. */
function commonness(pattern: Pattern, words: ReadonlySet<string>): string | null {
  if (pattern.kind === 'regex') {
    return new RegExp(pattern.source, pattern.flags).test('') ? 'matches empty text' : null;
  }
  const tests = pattern.elements.flatMap((element) => element.alternatives);
  if (tests.every((test) => test.kind !== 'wildcard' && words.has(test.form))) {
    return pattern.elements.length === 1 ? 'is a stopword' : 'is made of stopwords only';
  }
  if (pattern.elements.length > 1) return null;
  for (const test of tests) {
    if (test.kind === 'wildcard' && test.glob.replace(/\*/g, '').length < 3)
      return `is a wildcard on fewer than three letters (${quote(test.glob)})`;
    if (test.kind !== 'wildcard' && test.form.length === 1) return `is a single letter (${quote(test.form)})`;
  }
  return null;
}
