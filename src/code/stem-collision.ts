import type { Pattern } from '../model/pattern.js';
import { createStemmer, type Stemmer } from './stem.js';
import type { Language } from '../model/language.js';
import { stopwords } from './stopwords.js';
import { normalizeWord } from '../text/words.js';

/** A word form a pattern matched, and how often. */
export interface WordForm {
  readonly form: string;
  readonly count: number;
}

/** A form a stem pattern reaches that is probably not the word meant. */
export interface StemCollision extends WordForm {
  readonly reason: 'stopword' | 'other-word';
}

/**
 * The letters every form of a one-word stem pattern should start with: the pattern as written,
 * less what an inflection changes at its end. That is the longer of the part the pattern shares
 * with its own stem and the pattern less its last two letters (`wachtlijsten` → `wachtlijst`,
 * `verhaal` → `verha`, `useful` → `usef`, `citi` → `citi`, `tos` → `to`).
 */
export function leadingLetters(form: string, stem: Stemmer): string {
  const stemmed = stem(form);
  let shared = 0;
  while (shared < form.length && form[shared] === stemmed[shared]) shared++;
  return form.slice(0, Math.max(shared, form.length - 2));
}

/**
 * Forms a one-word stem pattern reached that are another word: a stop word (when the pattern is
 * not one), or a form that does not start with the pattern's leading letters, because the
 * stemmer cut two words to one stem (`tos` → `to`, `useful` → `use`, `citi` → `city`,
 * `organization` → `organ`). Phrases, exact forms, wildcards and regexes are not stemmed alone and
 * have none, nor the forms of a Dutch verb pattern (`verbForms`). `forms` are the forms as matched (any case).
 */
export function findStemCollisions(
  parsed: Pattern,
  language: Language,
  forms: readonly WordForm[],
  stop: ReadonlySet<string> = stopwords(language),
  verbForms: (word: string) => readonly string[] = () => [],
): StemCollision[] {
  if (parsed.kind !== 'phrase' || parsed.elements.length !== 1) return [];
  const stem = createStemmer(language);
  const written = parsed.elements[0]!.alternatives.filter((test) => test.kind === 'stem').map((test) => test.form);
  if (written.length === 0) return [];
  const collisions: StemCollision[] = [];
  // A Dutch verb pattern reaches its forms on purpose (luisteren: geluisterd; terugbellen: bel ... terug).
  const ownForms = new Set(language === 'nl' ? written.flatMap((alternative) => verbForms(alternative)) : []);
  for (const { form, count } of forms) {
    const word = normalizeWord(form);
    if (ownForms.has(word) || (ownForms.size > 0 && word.includes(' '))) continue;
    // The alternative that reached this form: the one with the same stem.
    const source = written.find((alternative) => stem(alternative) === stem(word)) ?? written[0]!;
    if (stop.has(word) && !stop.has(source)) collisions.push({ form: word, count, reason: 'stopword' });
    // Compounds (wmo-loket, wmoloket) reach their parts on purpose.
    else if (
      !source.includes('-') &&
      !word.includes('-') &&
      !word.startsWith(leadingLetters(source, stem)) &&
      !isSpellingVariant(word, source)
    )
      collisions.push({ form: word, count, reason: 'other-word' });
  }
  return collisions;
}

/**
 * A long word written another way (`heterogeneous` for `heterogenous`): at least as long, and the
 * same up to its last three letters. Short words that differ so are other words (`citi`, `city`).
 */
function isSpellingVariant(word: string, source: string): boolean {
  if (source.length < 8 || word.length < source.length) return false;
  let shared = 0;
  while (shared < source.length && word[shared] === source[shared]) shared++;
  return shared >= source.length - 3;
}

/** "to" (785×, a stop word), "use" (12×): the collisions for a message. */
export function describeCollisions(collisions: readonly StemCollision[]): string {
  return collisions
    .map((collision) => `"${collision.form}" (${collision.count}×${collision.reason === 'stopword' ? ', a stop word' : ''})`)
    .join(', ');
}
