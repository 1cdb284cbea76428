import type { Pattern, WordTest } from '../model/pattern.js';
import type { Stemmer } from '../code/stem.js';

/**
 * A pattern in a form where two patterns that match the same words look the same: stem tests
 * by their stem, alternatives sorted, regex flags sorted. `wachtlijst` and `wachtlijsten` share
 * a key; `=wachtlijst` does not.
 */
export function patternKey(pattern: Pattern, stem: Stemmer): string {
  if (pattern.kind === 'regex') return `/${pattern.source}/${[...pattern.flags].sort().join('')}`;
  return pattern.elements
    .map(
      (element) =>
        `${element.gapBefore > 0 ? `~${element.gapBefore} ` : ''}${element.alternatives
          .map((test) => testKey(test, stem))
          .sort()
          .join('|')}`,
    )
    .join(' ');
}

function testKey(test: WordTest, stem: Stemmer): string {
  if (test.kind === 'stem') return `${stem(test.form)}`;
  if (test.kind === 'exact') return `=${test.form}`;
  return test.glob;
}
