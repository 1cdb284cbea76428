import porterEnglish from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterDutch from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import type { Language } from '../model/language.js';
import { englishIrregularBases } from './english-irregular-verbs.js';

/** Stems a normalised word form. */
export type Stemmer = (form: string) => string;

/** English adverbs in -ly whose adjective is what the stem should be: seriously is serious, carefully careful. */
const ENGLISH_ADVERB = /^(.{3,}(?:ous|ful|al|ive|ent|ant|ic|less|ble))ly$/;

/**
 * The Porter stemmer for a language (natural's submodules only: its root module is slow and
 * noisy), with what it merges too much or too little put right. Dutch: a stem that loses a
 * derivational -ig keeps it (geweldig is not geweld, handig not hand). English: irregular verbs
 * stem as their base (told as tell), adverbs in -ly as their adjective, and -ful, -ity and
 * -ization are kept apart from the word they come from (useful is not use, university not universe,
 * organization not organ).
 */
export function createStemmer(language: Language): Stemmer {
  if (language === 'nl') {
    return (form) => {
      if (/\d/.test(form)) return form;
      const base = apostropheS(form);
      const stem = porterDutch.stem(base);
      return !stem.endsWith('ig') && base.startsWith(`${stem}ig`) ? `${stem}ig` : stem;
    };
  }
  const irregular = englishIrregularBases();
  const stemEnglish = (form: string): string => {
    if (/\d/.test(form)) return form;
    const base = apostropheS(form);
    const adverb = ENGLISH_ADVERB.exec(base);
    if (adverb) return stemEnglish(adverb[1]!);
    const word = irregular.get(base) ?? base;
    const stem = porterEnglish.stem(word);
    for (const [suffix, mark] of [
      [/ful(ness|ly)?$/, 'ful'],
      [/it(y|ies)$/, 'ity'],
      [/i[sz]ations?$/, 'ization'],
    ] as const) {
      if (suffix.test(word) && !stem.endsWith(mark)) return `${stem}+${mark}`;
    }
    return stem;
  };
  return stemEnglish;
}

/** Dutch plurals and English possessives with an apostrophe: auto's, foto's, client's. */
function apostropheS(form: string): string {
  return form.length > 3 && form.endsWith("'s") ? form.slice(0, -2) : form;
}
