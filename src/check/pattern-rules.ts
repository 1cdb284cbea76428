import { createStemmer, type Stemmer } from '../code/stem.js';
import { stopwords } from '../code/stopwords.js';
import type { PatternEntry } from '../model/codebook.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Language } from '../model/language.js';
import type { Pattern } from '../model/pattern.js';
import { allCodes, finding, quote, type CheckContext, type CodeEntry } from './context.js';
import { entryKey } from './pattern-key.js';

interface EntryUse {
  readonly entry: CodeEntry;
  readonly pattern: PatternEntry;
  readonly list: 'match' | 'unless';
}

/**
 * `duplicate-pattern` (warning: the same normalised match entry twice in a codebook) and
 * `stopword-pattern` (warning: an entry that fires in nearly every segment: a pattern, or an
 * `all:` whose every pattern does). `unsafe-regex` is found as a codebook loads
 * (codebook/regex-risks.ts), so that every command refuses the same regexes.
 */
export function checkPatterns(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stemmers = new Map<Language, Stemmer>();
  const firstUse = new Map<string, EntryUse>();
  const stopwordSets = new Map<Language, ReadonlySet<string>>();
  for (const use of entryUses(context)) {
    const { entry, pattern, list } = use;
    const file = entry.codebook.file;
    const language = entry.codebook.language;
    let words = stopwordSets.get(language);
    if (!words) {
      words = stopwords(language);
      stopwordSets.set(language, words);
    }
    const reasons = pattern.parts.map((part) => commonness(part.pattern, words));
    const common = reasons.every((reason) => reason !== null) ? reasons[0]! : null;
    if (common !== null) {
      const effect = list === 'match' ? 'codes nearly every segment' : 'vetoes the code in nearly every segment';
      const what = pattern.all ? `${common} (as are all its patterns)` : common;
      diagnostics.push(
        finding(
          file,
          pattern.place,
          'warning',
          `${list} pattern ${quote(pattern.text)} of "${entry.code.id}" ${what}, so it ${effect}`,
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
    const key = `${entry.codebook.file}\u0000${entryKey(pattern, stem)}`;
    const first = firstUse.get(key);
    if (!first) {
      firstUse.set(key, use);
      continue;
    }
    const where = `line ${first.pattern.place.line}`;
    const same = first.pattern.text.trim() === pattern.text.trim() ? 'is also' : `matches the same words as ${quote(first.pattern.text)},`;
    const owner = first.entry.code === entry.code ? 'of the same code' : `of "${first.entry.code.id}"`;
    diagnostics.push(
      finding(
        file,
        pattern.place,
        'warning',
        `match pattern ${quote(pattern.text)} of "${entry.code.id}" ${same} a pattern ${owner} (${where}); keep one`,
        'duplicate-pattern',
      ),
    );
  }
  return diagnostics;
}

function* entryUses(context: CheckContext): Generator<EntryUse> {
  for (const entry of allCodes(context.codebooks)) {
    for (const list of ['match', 'unless'] as const) {
      for (const pattern of entry.code[list]) yield { entry, pattern, list };
    }
  }
}

/** Why a pattern fires nearly everywhere, or null when it does not. */
function commonness(pattern: Pattern, words: ReadonlySet<string>): string | null {
  if (pattern.kind === 'regex') {
    return new RegExp(pattern.source, pattern.flags).test('') ? 'matches empty text' : null;
  }
  const tests = pattern.elements.flatMap((element) => [...element.alternatives, ...element.phrases.flat()]);
  if (tests.every((test) => test.kind !== 'wildcard' && words.has(test.form))) {
    return pattern.elements.length === 1 && pattern.elements[0]!.phrases.length === 0 ? 'is a stopword' : 'is made of stopwords only';
  }
  if (pattern.elements.length > 1 || pattern.elements[0]!.phrases.length > 0) return null;
  for (const test of tests) {
    if (test.kind === 'wildcard' && test.glob.replace(/\*/g, '').length < 3)
      return `is a wildcard on fewer than three letters (${quote(test.glob)})`;
    if (test.kind !== 'wildcard' && test.form.length === 1) return `is a single letter (${quote(test.form)})`;
  }
  return null;
}
