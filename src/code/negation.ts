import type { Language } from '../model/language.js';
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/words.js';

/** Negation cues, clause terminators and pseudo-cues of one language (normalised forms). */
interface NegationLexicon {
  readonly cues: ReadonlySet<string>;
  /** Cues that negate only what follows them (a determiner or preposition: geen wachtlijst, zonder hulp). */
  readonly forwardOnly: ReadonlySet<string>;
  /** A cue may also be a word ending (English n't). */
  readonly cueSuffix: string | null;
  readonly terminators: ReadonlySet<string>;
  /** Word sequences that look like negation or a terminator but are not ("niet alleen", "geen idee"). */
  readonly pseudo: readonly (readonly string[])[];
}

const LEXICONS: Readonly<Record<Language, NegationLexicon>> = {
  nl: {
    cues: new Set([
      'niet',
      'geen',
      'nooit',
      'niemand',
      'niets',
      'niks',
      'nergens',
      'nauwelijks',
      'amper',
      'zonder',
      'noch',
      'geeneens',
      'nimmer',
      'evenmin',
      'allerminst',
    ]),
    forwardOnly: new Set(['geen', 'zonder', 'noch']),
    cueSuffix: null,
    terminators: new Set(['maar', 'echter', 'behalve', 'alleen', 'hoewel', 'ofschoon']),
    pseudo: [
      ['niet', 'alleen'],
      ['niet', 'enkel'],
      ['geen', 'idee'],
      ['geen', 'probleem'],
      ['geen', 'punt'],
      ['geen', 'wonder'],
      ['geen', 'zorgen'],
      ['geen', 'dank'],
      ['of', 'niet'],
      ['niet', 'te', 'vergeten'],
      ['niet', 'voor', 'niets'],
      ['niet', 'voor', 'niks'],
      ['zonder', 'meer'],
    ],
  },
  en: {
    cues: new Set([
      'not',
      'no',
      'never',
      'nobody',
      'nothing',
      'nowhere',
      'without',
      'nor',
      'neither',
      'none',
      'cannot',
      'hardly',
      'barely',
    ]),
    forwardOnly: new Set(['no', 'without', 'nor', 'neither']),
    cueSuffix: "n't",
    terminators: new Set(['but', 'however', 'except', 'although', 'though']),
    pseudo: [
      ['not', 'only'],
      ['not', 'just'],
      ['no', 'doubt'],
      ['no', 'problem'],
      ['no', 'wonder'],
      ['not', 'to', 'mention'],
      ['whether', 'or', 'not'],
      ['without', 'doubt'],
      ['no', 'matter'],
      ['nothing', 'but'],
    ],
  },
};

/** Words before a hit that may negate it, and words after it. */
export const CUE_WINDOW_BEFORE = 4;
export const CUE_WINDOW_AFTER = 3;

/** Each word of a pseudo-cue, with the sequences it stands in and where. */
type PseudoIndex = ReadonlyMap<string, readonly { readonly sequence: readonly string[]; readonly offset: number }[]>;

const PSEUDO_INDEX: Readonly<Record<Language, PseudoIndex>> = { nl: indexPseudo(LEXICONS.nl.pseudo), en: indexPseudo(LEXICONS.en.pseudo) };

function indexPseudo(sequences: readonly (readonly string[])[]): PseudoIndex {
  const index = new Map<string, { sequence: readonly string[]; offset: number }[]>();
  for (const sequence of sequences) {
    sequence.forEach((word, offset) => {
      index.set(word, [...(index.get(word) ?? []), { sequence, offset }]);
    });
  }
  return index;
}

/** The words of a segment as the negation rules see them. */
export interface NegationContext {
  readonly tokens: readonly Token[];
  /** Normalised form of each token. */
  readonly forms: readonly string[];
  readonly language: Language;
}

/**
 * The position of the cue that negates a hit on the tokens `matched` (sorted), or -1. A cue counts
 * within 4 words before and 3 after the hit, or in a gap inside it, in the same clause: sentence
 * punctuation and terminators (maar, but) end a clause. Cues that negate only what follows them
 * (geen, zonder; no, without) do not count after the hit. Pseudo-cues ("niet alleen", "geen
 * idee") neither negate nor end a clause. A hit whose own words hold a cue ("geen hulp",
 * "niemand belde") is a negative expression already: other cues do not turn it around ("echt
 * niet", "nooit geen"). Only the words around the hit are looked at.
 */
export function findCue(context: NegationContext, matched: readonly number[]): number {
  if (matched.some((index) => isCue(context, index))) return -1;
  const first = matched[0]!;
  const last = matched[matched.length - 1]!;
  const { tokens } = context;
  for (let index = first + 1; index < last; index++) {
    if (!matched.includes(index) && isCue(context, index)) return index;
  }
  for (let index = first - 1; index >= 0 && index >= first - CUE_WINDOW_BEFORE; index--) {
    if (tokens[index]!.clause !== tokens[first]!.clause || isTerminator(context, index)) break;
    if (isCue(context, index)) return index;
  }
  const forwardOnly = LEXICONS[context.language].forwardOnly;
  for (let index = last + 1; index < tokens.length && index <= last + CUE_WINDOW_AFTER; index++) {
    if (tokens[index]!.clause !== tokens[last]!.clause || isTerminator(context, index)) break;
    if (isCue(context, index) && !forwardOnly.has(context.forms[index]!)) return index;
  }
  return -1;
}

function isCue(context: NegationContext, index: number): boolean {
  const lexicon = LEXICONS[context.language];
  const form = context.forms[index]!;
  const cue = lexicon.cues.has(form) || (lexicon.cueSuffix !== null && form.endsWith(lexicon.cueSuffix));
  return cue && !isPseudo(context, index);
}

function isTerminator(context: NegationContext, index: number): boolean {
  return LEXICONS[context.language].terminators.has(context.forms[index]!) && !isPseudo(context, index);
}

/** True when the word at `index` is part of a pseudo-cue sequence. */
function isPseudo(context: NegationContext, index: number): boolean {
  const { forms } = context;
  for (const { sequence, offset } of PSEUDO_INDEX[context.language].get(forms[index]!) ?? []) {
    const start = index - offset;
    if (start >= 0 && sequence.every((word, position) => forms[start + position] === word)) return true;
  }
  return false;
}

/** True when `word` is a negation cue of the language (for codebook checks). */
export function isNegationCue(word: string, language: Language): boolean {
  const form = normalizeWord(word);
  const lexicon = LEXICONS[language];
  return lexicon.cues.has(form) || (lexicon.cueSuffix !== null && form.endsWith(lexicon.cueSuffix));
}
