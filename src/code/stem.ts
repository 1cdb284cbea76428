import porterEnglish from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterDutch from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import type { Language } from '../model/language.js';

/** Stems a normalised word form. */
export type Stemmer = (form: string) => string;

/** The Porter stemmer for a language (natural's submodules only: its root module is slow and noisy). */
export function createStemmer(language: Language): Stemmer {
  const porter = language === 'nl' ? porterDutch : porterEnglish;
  return (form) => {
    if (/\d/.test(form)) return form;
    // Dutch plurals and English possessives with an apostrophe: auto's, foto's, client's.
    const base = form.length > 3 && form.endsWith("'s") ? form.slice(0, -2) : form;
    return porter.stem(base);
  };
}
