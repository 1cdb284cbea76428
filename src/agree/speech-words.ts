import { isNegationCue } from '../code/negation.js';
import { stopwords } from '../code/stopwords.js';

/**
 * Words of talk that say nothing about a topic: hesitations, discourse markers and hedges (`yeah`,
 * `kind of`, `I think`, `nou`, `eigenlijk`). Interview transcripts are full of them, and natural's
 * stop word lists (made for written text) leave them in. Normalised forms, English and Dutch.
 */
const FILLERS: readonly string[] = [
  // English
  ...['yeah', 'yes', 'yep', 'yup', 'okay', 'ok', 'oh', 'ah', 'uh', 'um', 'umm', 'uhm', 'er', 'erm', 'hmm', 'hm', 'mm', 'mhm', 'huh'],
  ...['like', 'really', 'just', 'actually', 'basically', 'literally', 'totally', 'pretty', 'quite', 'kind', 'sort', 'kinda'],
  ...['stuff', 'thing', 'things', 'something', 'anything', 'everything', 'lot', 'lots', 'bit', 'guess', 'mean', 'know'],
  ...['think', 'thought', 'say', 'says', 'saying', 'go', 'goes', 'going', 'gonna', 'wanna', 'gotta', 'right', 'let'],
  ...['maybe', 'probably', 'thanks', 'thank', 'exactly', 'definitely', 'honestly', 'obviously', 'even', 'also', 'still'],
  ...['whatever', 'anyway', 'though', 'yet', 'already', 'sometimes', 'whether', 'cause', 'cuz', 'course', 'fine'],
  ...['mostly', 'typically', 'usually', 'generally', 'especially', 'certainly', 'seem', 'seems', 'seemed', 'else'],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'thousand'],
  // Dutch
  ...['nou', 'eh', 'ehm', 'uhm', 'hè', 'he', 'oké', 'oke', 'okee', 'jaja', 'nee', 'hoor', 'gewoon', 'eigenlijk', 'echt'],
  ...['even', 'zeg', 'zeggen', 'zegt', 'gezegd', 'weet', 'weten', 'denk', 'denken', 'vind', 'vinden', 'natuurlijk', 'inderdaad'],
  ...['precies', 'misschien', 'soort', 'ding', 'dingen', 'heel', 'best', 'zeker', 'allemaal', 'gaat', 'gaan', 'ging'],
  ...['doe', 'doet', 'deed', 'gedaan', 'kijk', 'mn', 'zn', 'dr', 'paar', 'twee', 'drie', 'vier', 'vijf', 'tien', 'honderd'],
];

/** Function words that change what a phrase means (`te laat`, `too small`, `most important`, `not useful`). */
const PHRASE_WORDS: ReadonlySet<string> = new Set([
  ...['te', 'too', 'very', 'more', 'most', 'less', 'least', 'much', 'many', 'few'],
  ...['zeer', 'meer', 'meest', 'minder', 'minst', 'veel', 'weinig', 'erg', 'heel'],
]);

/** Endings of English contractions: `it's`, `I'd`, `we're`, `didn't` are their first word. */
const CLITIC = /(?:n't|'s|'d|'m|'re|'ve|'ll)$/;

/** What a word is to the keyness of `agree`. */
export type WordKind = 'content' | 'filler' | 'stop';

/** How `agree` sorts the words of talk. */
export interface SpeechWords {
  /**
   * `stop`: a stop word of either language, a contraction of one (`it's`, `didn't`), a number, a
   * letter or a redaction; `filler`: a word of talk that says nothing alone (`yeah`, `kind`,
   * `sure`); `content`: the rest. A normalised word.
   */
  readonly kindOf: (form: string) => WordKind;
  /** Whether a function word carries meaning next to a content word (a negation, `te`, `too`, `most`): `te laat`, `not useful`. */
  readonly joinsPhrase: (form: string) => boolean;
}

/** Dutch and English together: transcripts mix them (English loan words, code switching). */
export function speechWords(): SpeechWords {
  const stop = new Set([...stopwords('nl'), ...stopwords('en')]);
  const fillers = new Set(FILLERS);
  const negation = (form: string): boolean => isNegationCue(form, 'en') || isNegationCue(form, 'nl');
  const kindOf = (form: string): WordKind => {
    // A negation alone says nothing about a topic (natural's English list lacks `not` and `no`).
    if (form.length < 2 || !/\p{L}/u.test(form) || stop.has(form) || isRedaction(form) || negation(form)) return 'stop';
    // `don't` is `do` with a negation; `z'n` is `zn`.
    const base = form.replace(CLITIC, '').replace(/'/g, '');
    if (base !== form && (base.length < 2 || stop.has(base))) return 'stop';
    return fillers.has(form) || fillers.has(base) ? 'filler' : 'content';
  };
  return {
    kindOf,
    joinsPhrase: (form) => PHRASE_WORDS.has(form) || negation(form),
  };
}

/** A name or number blacked out in an anonymised transcript: `XXXX`, `xxxxx`. */
export function isRedaction(form: string): boolean {
  return /^x{2,}$/i.test(form);
}

/**
 * The text with what a transcriber added left out: notes in brackets or parentheses (`(lacht)`,
 * `[inaudible]`, `(unintelligible)`, `[naam]`), each replaced by a clause break of the same length
 * so that the words on both sides make no phrase and offsets stay.
 */
export function withoutTranscriberNotes(text: string): string {
  return text.replace(/\([^()\n]{0,60}\)|\[[^[\]\n]{0,60}\]/g, (note) => `;${' '.repeat(note.length - 1)}`);
}
