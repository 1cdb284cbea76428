import { createStemmer } from '../code/stem.js';
import type { Language } from '../model/language.js';
import { compoundParts } from '../text/words.js';
import type { DutchWords } from './compounds.js';

/** Turns a word form into the keys of the term groups it belongs to, and a phrase into its key. */
export interface TermKeys {
  /** Its own stem group first (`bussen`, `busje` → bus), then the group of each content part (`buurtbus` → buurt, bus); none for a Dutch word that is no noun. */
  word(form: string): readonly string[];
  /** The key of a phrase: the stems of its words. */
  phrase(forms: readonly string[]): string;
  /** Whether a form may name the group `key`: it is of the group's own stem, or a compound with it as last part (`huisarts` names `arts`, not `huis`). */
  names(key: string, form: string): boolean;
}

/** How often words are used in the corpus: decides which compounds are variants of their first parts. */
export interface WordUsage {
  /** Occurrences of a form. */
  count(form: string): number;
  /** Occurrences of the forms whose own group is `key` (`huis`, `huizen` for w:huis). */
  standalone(key: string): number;
}

/**
 * Words are grouped by stem (the Porter stemmer of the language, as patterns are matched) and by
 * compound parts: `buslijn`, `buurtbus`, `busje` and `bus` all join the group of `bus`. Dutch
 * closed compounds are split with the dictionary (`dutch`); hyphenated ones in either language at
 * their hyphens. A part joins a group only when it is a content word itself (`isContent`). A
 * compound always joins the group of its last part (a `buurtbus` is a bus); it joins the group of
 * a part before that only when, with `usage`, it is not used more often than that part on its own:
 * `buslijn` is a variant of `bus`, but `huisarts`, said more often than `huis`, is a word of its own.
 */
export function createTermKeys(
  language: Language,
  isContent: (form: string) => boolean,
  dutch: DutchWords | null,
  usage: WordUsage | null = null,
): TermKeys {
  const stemmer = createStemmer(language);
  const stems = new Map<string, string>();
  // Phrases stem every word they hold: each distinct form is stemmed once.
  const stem = (form: string): string => {
    let stemmed = stems.get(form);
    if (stemmed === undefined) {
      stemmed = stemmer(form);
      stems.set(form, stemmed);
    }
    return stemmed;
  };
  const cache = new Map<string, readonly string[]>();
  const heads = new Map<string, string>();
  return {
    word(form) {
      let keys = cache.get(form);
      if (keys === undefined) {
        const base = dutch?.base(form) ?? form;
        // Topics are named by nouns: in Dutch, a word the dictionary knows only as a verb, adjective
        // or adverb (`merk`, `graag`) is no term on its own, though it may stand in a phrase.
        if (!isContent(base) || (dutch !== null && !dutch.isNoun(base))) {
          cache.set(form, []);
          return [];
        }
        const hyphenated = compoundParts(form);
        const parts = hyphenated.length > 0 ? hyphenated : (dutch?.parts(base) ?? []);
        const own = `w:${stem(base)}`;
        // A part groups words only when it is a noun (`bus`), not a verb stem or adjective (`leef`, `vrij`).
        const grouping = parts.filter((part, index) => {
          if (!isContent(part) || (dutch !== null && !dutch.isNoun(part))) return false;
          return index === parts.length - 1 || usage === null || usage.count(form) <= usage.standalone(`w:${stem(part)}`);
        });
        keys = [...new Set([own, ...grouping.map((part) => `w:${stem(part)}`)])];
        cache.set(form, keys);
        const head = parts.at(-1);
        if (head !== undefined) heads.set(form, `w:${stem(head)}`);
      }
      return keys;
    },
    names(key, form) {
      if (key.startsWith('p:')) return true;
      return this.word(form)[0] === key || heads.get(form) === key;
    },
    phrase(forms) {
      return `p:${forms.map((form) => stem(form)).join(' ')}`;
    },
  };
}
