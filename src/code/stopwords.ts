import stopwordsEnglish from 'natural/lib/natural/util/stopwords.js';
import stopwordsDutch from 'natural/lib/natural/util/stopwords_nl.js';
import type { Language } from '../model/language.js';
import { normalizeWord } from '../text/words.js';

/**
 * Function words of a language (natural's lists, normalised; its Dutch list has a stray space in
 * "je "). Used by `check` to find patterns that fire in nearly every segment.
 */
export function stopwords(language: Language): ReadonlySet<string> {
  const words = language === 'nl' ? stopwordsDutch.words : stopwordsEnglish.words;
  return new Set(words.map((word) => normalizeWord(word.trim())).filter((word) => /\p{L}/u.test(word)));
}
