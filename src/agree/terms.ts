import { tokenize } from '../text/tokenize.js';
import { normalizeWord } from '../text/words.js';
import { type SpeechWords, withoutTranscriberNotes } from './speech-words.js';

/** The words and two-word phrases of a segment, with the forms they were written in. */
export interface SegmentTerms {
  /** Term (normalised words joined by a space) to the forms as written (lower case). */
  readonly terms: ReadonlyMap<string, readonly string[]>;
  /** Words written with a capital inside a clause (`Kaggle`, `Jansen`): a name, unless written in lower case elsewhere. */
  readonly capitalised: ReadonlySet<string>;
  /** Words written in lower case at least once. */
  readonly lowercase: ReadonlySet<string>;
}

/**
 * The terms of a text, transcriber's notes left out: every content word (not a stop word, a filler
 * of talk, a negation, a number or a letter), and every two words in a row in the same clause that
 * are both content words, or a content word with a word that changes its meaning (`te laat`,
 * `most important`, `not useful`).
 */
export function segmentTerms(text: string, words: SpeechWords): SegmentTerms {
  const tokens = tokenize(withoutTranscriberNotes(text));
  const forms = tokens.map((token) => normalizeWord(token.raw));
  const kinds = forms.map(words.kindOf);
  const terms = new Map<string, string[]>();
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  const add = (term: string, written: string): void => {
    const list = terms.get(term);
    if (list === undefined) terms.set(term, [written]);
    else if (!list.includes(written)) list.push(written);
  };
  tokens.forEach((token, index) => {
    const form = forms[index]!;
    const previous = tokens[index - 1];
    if (/^\p{Ll}/u.test(token.raw)) lowercase.add(form);
    // Title case only (`SHAP`, `XGBoost` are names of things, and kept); the first word of a clause proves nothing.
    else if (/^\p{Lu}\p{Ll}+$/u.test(token.raw) && previous?.clause === token.clause) capitalised.add(form);
    if (kinds[index] === 'content') add(form, token.raw.toLowerCase());
    const next = tokens[index + 1];
    if (next === undefined || next.clause !== token.clause) return;
    const after = forms[index + 1]!;
    const kind = kinds[index]!;
    const afterKind = kinds[index + 1]!;
    const phrase =
      (kind === 'content' && afterKind === 'content') ||
      (words.joinsPhrase(form) && afterKind === 'content') ||
      (words.joinsPhrase(after) && kind === 'content');
    if (phrase) add(`${form} ${after}`, `${token.raw} ${next.raw}`.toLowerCase());
  });
  return { terms, capitalised, lowercase };
}
