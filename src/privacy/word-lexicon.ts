import { hasFlag, type HunspellData } from './hunspell.js';
import { stemFlags } from './hunspell-lookup.js';

/** What a capitalised word is, as far as the word lists know: it decides the name confidence. */
export type WordClass = 'first-name' | 'name-and-word' | 'person' | 'surname' | 'unknown' | 'proper' | 'place' | 'common';

/** The word lists the name detector consults; build once with loadDutchLexicon and share. */
export interface DutchLexicon {
  /** Whether a lower-case word is a Dutch word (a dictionary form, or a compound of two). */
  isWord(lower: string): boolean;
  /** What a capitalised word (`Jansen`, `Noorwegen`, `Bakker`) is. */
  classify(word: string): WordClass;
  /** Whether a word is on the first-name list: a quick test before classify, which is `first-name` only then. */
  isListedFirstName(word: string): boolean;
}

/** The raw lists a lexicon is made of. */
export interface LexiconSources {
  readonly hunspell: HunspellData;
  readonly places: ReadonlySet<string>;
  /** Brands and organisations, lower-cased. */
  readonly brands: ReadonlySet<string>;
  /** Lower-cased, without diacritics (see foldName). */
  readonly firstNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
}

/** OpenTaal flags of places (an inhabitant: `Alphense`, `Eindhovenaar`) and of nationalities (`Nederlands-Ghanese`). */
const PLACE_FLAGS = ['PI', 'PJ', 'PK', 'Ll', 'Lr'];
const PROPER_NAME_FLAG = 'PN';
const LINKING = ['s', 'e', 'en', 'er'];
const DIACRITICS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** A name as compared with the name lists: lower case, no diacritics, dotless ı as i. */
export function foldName(name: string): string {
  // Most words are ASCII: normalising them is the scan's most frequent cost and changes nothing.
  if (ASCII.test(name)) return name.toLowerCase();
  return name.normalize('NFD').replace(DIACRITICS, '').replaceAll('ı', 'i').toLowerCase();
}

/** Combine the word lists into a lexicon. Pure; each look-up is a few map probes. */
export function createLexicon(sources: LexiconSources): DutchLexicon {
  const { hunspell, places, brands, firstNames, surnames } = sources;
  const isStem = (lower: string): boolean => lower.length > 1 && stemFlags(hunspell, lower) !== undefined;
  const isCompound = (lower: string, depth: number): boolean => {
    for (let split = 3; split <= lower.length - 3; split++) {
      const head = lower.slice(0, split);
      const tail = lower.slice(split);
      const headKnown =
        isStem(head) ||
        LINKING.some((link) => head.endsWith(link) && head.length - link.length >= 3 && isStem(head.slice(0, -link.length)));
      if (headKnown && (isStem(tail) || (depth < 1 && isCompound(tail, depth + 1)))) return true;
    }
    return false;
  };
  // `Montessorischool`, `Jeugdfonds`: an unknown head on a Dutch noun of five letters or more names a thing.
  const hasWordTail = (lower: string): boolean => {
    for (let split = 3; split <= lower.length - 5; split++) if (isStem(lower.slice(split))) return true;
    return false;
  };
  const isWord = (lower: string): boolean => isStem(lower) || (lower.length >= 7 && isCompound(lower, 0));
  const isPlace = (word: string): boolean => {
    if (places.has(word.toLowerCase())) return true;
    const flags = hunspell.stems.get(word);
    return flags !== undefined && PLACE_FLAGS.some((flag) => hasFlag(flags, flag));
  };
  return {
    isWord,
    isListedFirstName: (word) => firstNames.has(foldName(word)),
    classify(word) {
      if (isPlace(word)) return 'place';
      if (brands.has(word.toLowerCase())) return 'proper';
      const folded = foldName(word);
      const common = isWord(word.toLowerCase());
      if (firstNames.has(folded)) return common ? 'name-and-word' : 'first-name';
      // Adjectives of places and nationalities: Franse, Nederlandse, Amsterdamse.
      if (word.endsWith('se') && (hunspell.stems.has(word.slice(0, -1)) || hunspell.stems.has(word.slice(0, -2)))) return 'place';
      const flags = stemFlags(hunspell, word);
      if (common) return flags !== undefined && hasFlag(flags, PROPER_NAME_FLAG) ? 'name-and-word' : 'common';
      if (flags !== undefined) return hasFlag(flags, PROPER_NAME_FLAG) ? 'person' : surnames.has(folded) ? 'surname' : 'proper';
      if (surnames.has(folded)) return 'surname';
      return hasWordTail(word.toLowerCase()) ? 'proper' : 'unknown';
    },
  };
}
