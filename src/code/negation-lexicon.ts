import type { Language } from '../model/language.js';
import { normalizeWord } from '../text/words.js';

/** Negation cues, clause terminators and pseudo-cues of one language (normalised forms). */
export interface NegationLexicon {
  readonly cues: ReadonlySet<string>;
  /** Cues that negate only what follows them (a determiner or preposition: geen wachtlijst, zonder hulp). */
  readonly forwardOnly: ReadonlySet<string>;
  /** A cue may also be a word ending (English n't). */
  readonly cueSuffix: string | null;
  readonly terminators: ReadonlySet<string>;
  /** Word sequences that look like negation or a terminator but are not ("niet alleen", "geen idee"). */
  readonly pseudo: readonly (readonly string[])[];
}

/** The negation words of Dutch and English. */
export const NEGATION_LEXICONS: Readonly<Record<Language, NegationLexicon>> = {
  nl: {
    cues: new Set('niet geen nooit niemand niets niks nergens nauwelijks amper zonder noch geeneens nimmer evenmin allerminst'.split(' ')),
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
      // Rhetorical questions and tags assert: "is het niet raar dat ...", "..., niet waar?"
      ['is', 'het', 'niet'],
      ['was', 'het', 'niet'],
      ['zou', 'het', 'niet'],
      ['is', 'dat', 'niet'],
      ['niet', 'waar'],
    ],
  },
  en: {
    cues: new Set('not no never nobody nothing nowhere without nor neither none cannot hardly barely'.split(' ')),
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

/** Each word of a pseudo-cue, with the sequences it stands in and where. */
type PseudoIndex = ReadonlyMap<string, readonly { readonly sequence: readonly string[]; readonly offset: number }[]>;

const PSEUDO_INDEX: Readonly<Record<Language, PseudoIndex>> = {
  nl: indexPseudo(NEGATION_LEXICONS.nl.pseudo),
  en: indexPseudo(NEGATION_LEXICONS.en.pseudo),
};

function indexPseudo(sequences: readonly (readonly string[])[]): PseudoIndex {
  const index = new Map<string, { sequence: readonly string[]; offset: number }[]>();
  for (const sequence of sequences) {
    sequence.forEach((word, offset) => {
      index.set(word, [...(index.get(word) ?? []), { sequence, offset }]);
    });
  }
  return index;
}

/** A segment's normalised words and the clause of each (a pseudo-cue does not run across a comma). */
export interface CueWords {
  readonly forms: readonly string[];
  readonly clauses: Int32Array;
  readonly language: Language;
}

/** Whether the word at `index` is a negation cue that is not part of a pseudo-cue. */
export function isCueAt(words: CueWords, index: number): boolean {
  return isCueForm(words.forms[index]!, words.language) && !isPseudoAt(words, index);
}

/** Whether a normalised word form is a negation cue of the language, pseudo-cues not ruled out. */
export function isCueForm(form: string, language: Language): boolean {
  const lexicon = NEGATION_LEXICONS[language];
  return lexicon.cues.has(form) || (lexicon.cueSuffix !== null && form.endsWith(lexicon.cueSuffix));
}

/** Whether the word at `index` is a clause terminator that is not part of a pseudo-cue. */
export function isTerminatorAt(words: CueWords, index: number): boolean {
  return NEGATION_LEXICONS[words.language].terminators.has(words.forms[index]!) && !isPseudoAt(words, index);
}

/** True when the word at `index` is part of a pseudo-cue sequence within one clause. */
function isPseudoAt(words: CueWords, index: number): boolean {
  const { forms, clauses } = words;
  for (const { sequence, offset } of PSEUDO_INDEX[words.language].get(forms[index]!) ?? []) {
    const start = index - offset;
    if (start >= 0 && sequence.every((word, position) => forms[start + position] === word && clauses[start + position] === clauses[index]))
      return true;
  }
  return false;
}

/** True when `word` is a negation cue of the language (for codebook checks). */
export function isNegationCue(word: string, language: Language): boolean {
  return isCueForm(normalizeWord(word), language);
}
