import type { Stemmer } from '../code/stem.js';
import type { PatternEntry } from '../model/codebook.js';
import type { Pattern, WordTest } from '../model/pattern.js';

/**
 * A pattern in a form where two patterns that match the same words look the same: stem tests
 * by their stem, alternatives sorted, regex flags sorted. `wachtlijst` and `wachtlijsten` share
 * a key; `=wachtlijst` does not.
 */
export function patternKey(pattern: Pattern, stem: Stemmer): string {
  if (pattern.kind === 'regex') return `/${pattern.source}/${[...pattern.flags].sort().join('')}`;
  return pattern.elements
    .map((element) => {
      const words = element.alternatives.map((test) => testKey(test, stem));
      const phrases = element.phrases.map((phrase) => phrase.map((test) => testKey(test, stem)).join(' '));
      return `${element.gapBefore > 0 ? `~${element.gapBefore} ` : ''}${[...words, ...phrases].sort().join('|')}`;
    })
    .join(' ');
}

/**
 * An entry's key: its patterns' keys (sorted for `all:`) with the options that change what it
 * codes. A plain pattern and a map with only `pattern:` share a key.
 */
export function entryKey(entry: PatternEntry, stem: Stemmer): string {
  const parts = entry.parts.map((part) => patternKey(part.pattern, stem));
  const scope = (list: PatternEntry['section']) =>
    list
      .map((part) => patternKey(part.pattern, stem))
      .sort()
      .join('|');
  const options = [
    entry.all ? `all within ${entry.within}` : '',
    entry.negation ?? '',
    entry.section.length > 0 ? `section ${scope(entry.section)}` : '',
    entry.question.length > 0 ? `question ${scope(entry.question)}` : '',
  ];
  return `${(entry.all ? parts.sort() : parts).join(' & ')}\u0000${options.join('\u0000')}`;
}

function testKey(test: WordTest, stem: Stemmer): string {
  if (test.kind === 'stem') return `${stem(test.form)}`;
  if (test.kind === 'exact') return `=${test.form}`;
  return test.glob;
}
