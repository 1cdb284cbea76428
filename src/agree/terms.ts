import { stopwords } from '../code/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { normalizeWord } from '../text/words.js';

/** Dutch and English function words together: transcripts mix them (English loan words, code switching). */
export function stopwordsOfBoth(): ReadonlySet<string> {
  return new Set([...stopwords('nl'), ...stopwords('en')]);
}

/** A word or two-word phrase of a segment, with the forms it was written in. */
export interface SegmentTerms {
  /** Term (normalised words joined by a space) to the forms as written (lower case). */
  readonly terms: ReadonlyMap<string, readonly string[]>;
}

/**
 * The terms of a text: every word that is not a stop word, a number or a single letter, and every
 * two words in a row in the same clause that are not both stop words (phrases such as "te laat"
 * carry meaning the words alone do not).
 */
export function segmentTerms(text: string, stop: ReadonlySet<string>): SegmentTerms {
  const tokens = tokenize(text);
  const forms = tokens.map((token) => normalizeWord(token.raw));
  const content = forms.map((form) => !stop.has(form) && /\p{L}/u.test(form) && form.length > 1);
  const terms = new Map<string, string[]>();
  const add = (term: string, written: string): void => {
    const list = terms.get(term);
    if (list === undefined) terms.set(term, [written]);
    else if (!list.includes(written)) list.push(written);
  };
  tokens.forEach((token, index) => {
    if (content[index]) add(forms[index]!, token.raw.toLowerCase());
    const next = tokens[index + 1];
    if (next === undefined || next.clause !== token.clause) return;
    const pair = [forms[index]!, forms[index + 1]!];
    if (!(content[index] || content[index + 1]) || pair.some((form) => !/\p{L}/u.test(form))) return;
    add(pair.join(' '), `${token.raw} ${next.raw}`.toLowerCase());
  });
  return { terms };
}
