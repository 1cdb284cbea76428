import type { SegmentWords } from './segment-words.js';
import type { TermKeys } from './term-keys.js';
import { isSubjectPronoun } from './vocabulary.js';

/** How often a term (a word group or a phrase) occurs, where, and in which forms. */
export interface TermCount {
  readonly key: string;
  readonly phrase: boolean;
  /** Occurrences in sentences no pattern reaches (the gap), and in reached ones. */
  gap: number;
  reached: number;
  /** Documents and segments (indexes into the segment list) with an occurrence in the gap. */
  readonly documents: Set<number>;
  readonly segments: Set<number>;
  /** Written forms in the gap (lower case, normalised), with counts. */
  readonly forms: Map<string, number>;
}

/** The terms of a corpus, and how many tokens stand in the gap and in reached sentences. */
export interface TermTable {
  readonly terms: ReadonlyMap<string, TermCount>;
  readonly gapTokens: number;
  readonly reachedTokens: number;
}

/** One occurrence of a term in a segment: its key, the token positions, and the form as written. */
export interface Occurrence {
  readonly key: string;
  readonly phrase: boolean;
  readonly positions: readonly number[];
  readonly form: string;
}

/** Phrases are two or three words long. */
const PHRASE_LENGTHS = [2, 3] as const;

/**
 * Every term occurrence of a segment: each content word under each of its group keys, each two
 * content words in a row, and each three words in a row that start and end with a content word
 * (`vervoer naar ziekenhuis`), all within one sentence; phrases only when `phrases`.
 */
export function segmentOccurrences(words: SegmentWords, keys: TermKeys, phrases = true): Occurrence[] {
  const { tokens, forms, content, notes } = words;
  const found: Occurrence[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!content[index]) continue;
    const form = forms[index]!;
    const clause = tokens[index]!.clause;
    // `ik merk`, `belt hij`: a word that is also a noun is a verb next to a subject pronoun (`wij vrijwilligers`: a plural in -s never is).
    const beside = (position: number) => tokens[position]?.clause === clause && isSubjectPronoun(forms[position]!);
    if (/s$|je$/.test(form) || (!beside(index - 1) && !beside(index + 1)))
      for (const key of keys.word(form)) found.push({ key, phrase: false, positions: [index], form });
    // Phrases are most of the garbage made here: skipped when no phrase is wanted.
    for (const length of phrases ? PHRASE_LENGTHS : []) {
      const last = index + length - 1;
      if (last >= tokens.length || !content[last] || tokens[last]!.clause !== clause) continue;
      // The word between may be a stop word (`kosten van vervoer`), but not a note or placeholder.
      if (length === 3 && notes.has(index + 1)) continue;
      const phrase = forms.slice(index, last + 1);
      found.push({
        key: keys.phrase(phrase),
        phrase: true,
        positions: length === 2 ? [index, index + 1] : [index, index + 1, index + 2],
        form: phrase.join(' '),
      });
    }
  }
  return found;
}

/** Count every term of the corpus: occurrences in the gap and in reached sentences, documents and segments. */
export function countTerms(segments: readonly SegmentWords[], keys: TermKeys): TermTable {
  const terms = new Map<string, TermCount>();
  let gapTokens = 0;
  let reachedTokens = 0;
  segments.forEach((words, segmentIndex) => {
    for (const reached of words.reached) reached ? reachedTokens++ : gapTokens++;
    for (const occurrence of segmentOccurrences(words, keys)) {
      let count = terms.get(occurrence.key);
      if (count === undefined) {
        count = {
          key: occurrence.key,
          phrase: occurrence.phrase,
          gap: 0,
          reached: 0,
          documents: new Set(),
          segments: new Set(),
          forms: new Map(),
        };
        terms.set(occurrence.key, count);
      }
      if (words.reached[occurrence.positions[0]!]) {
        count.reached++;
        continue;
      }
      count.gap++;
      count.documents.add(words.document);
      count.segments.add(segmentIndex);
      count.forms.set(occurrence.form, (count.forms.get(occurrence.form) ?? 0) + 1);
    }
  });
  return { terms, gapTokens, reachedTokens };
}
