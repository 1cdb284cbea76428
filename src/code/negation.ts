import type { Language } from './stem.js';
import type { Token } from './tokenize.js';
import { normalizeWord } from './words.js';

/** Negation cues, clause terminators and pseudo-cues of one language (normalised forms). */
interface NegationLexicon {
  readonly cues: ReadonlySet<string>;
  /** A cue may also be a word ending (English n't). */
  readonly cueSuffix: string | null;
  readonly terminators: ReadonlySet<string>;
  /** Word sequences that look like negation or a terminator but are not ("niet alleen", "geen idee"). */
  readonly pseudo: readonly (readonly string[])[];
}

const LEXICONS: Readonly<Record<Language, NegationLexicon>> = {
  nl: {
    cues: new Set([
      'niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens', 'nauwelijks', 'amper', 'zonder', 'noch',
      'geeneens', 'nimmer', 'evenmin', 'allerminst',
    ]),
    cueSuffix: null,
    terminators: new Set(['maar', 'echter', 'behalve', 'alleen', 'hoewel', 'ofschoon']),
    pseudo: [
      ['niet', 'alleen'], ['niet', 'enkel'], ['geen', 'idee'], ['geen', 'probleem'], ['geen', 'punt'],
      ['geen', 'wonder'], ['geen', 'zorgen'], ['geen', 'dank'], ['of', 'niet'], ['niet', 'te', 'vergeten'],
      ['niet', 'voor', 'niets'], ['niet', 'voor', 'niks'], ['zonder', 'meer'],
    ],
  },
  en: {
    cues: new Set(['not', 'no', 'never', 'nobody', 'nothing', 'nowhere', 'without', 'nor', 'neither', 'none', 'cannot', 'hardly', 'barely']),
    cueSuffix: "n't",
    terminators: new Set(['but', 'however', 'except', 'although', 'though']),
    pseudo: [
      ['not', 'only'], ['not', 'just'], ['no', 'doubt'], ['no', 'problem'], ['no', 'wonder'], ['not', 'to', 'mention'],
      ['whether', 'or', 'not'], ['without', 'doubt'], ['no', 'matter'], ['nothing', 'but'],
    ],
  },
};

/** Words before a hit that may negate it, and words after it. */
export const CUE_WINDOW_BEFORE = 4;
export const CUE_WINDOW_AFTER = 3;

/** Per segment and language: which tokens are cues, and the clause of each token. */
export interface NegationScope {
  readonly isCue: readonly boolean[];
  readonly clause: readonly number[];
}

/** Find cues and clauses in a segment's tokens (forms are the normalised words). */
export function scopeNegation(tokens: readonly Token[], forms: readonly string[], language: Language): NegationScope {
  const lexicon = LEXICONS[language];
  const neutral = new Array<boolean>(tokens.length).fill(false);
  for (let index = 0; index < forms.length; index++) {
    for (const sequence of lexicon.pseudo) {
      if (sequence.every((word, offset) => forms[index + offset] === word)) {
        for (let offset = 0; offset < sequence.length; offset++) neutral[index + offset] = true;
      }
    }
  }
  const isCue: boolean[] = [];
  const clause: number[] = [];
  let current = 0;
  for (let index = 0; index < tokens.length; index++) {
    const form = forms[index]!;
    if (index > 0 && tokens[index]!.clause !== tokens[index - 1]!.clause) current++;
    const terminator = !neutral[index] && lexicon.terminators.has(form);
    if (terminator) current++;
    clause.push(current);
    if (terminator) current++;
    isCue.push(!neutral[index] && (lexicon.cues.has(form) || (lexicon.cueSuffix !== null && form.endsWith(lexicon.cueSuffix))));
  }
  return { isCue, clause };
}

/**
 * The cue that negates a hit on the tokens `matched` (sorted positions), or -1. A cue counts within
 * 4 words before and 3 after the hit, or in a gap inside it, in the same clause; the hit's own
 * words never negate it.
 */
export function findCue(scope: NegationScope, matched: readonly number[]): number {
  const first = matched[0]!;
  const last = matched[matched.length - 1]!;
  const clause = scope.clause[first]!;
  const own = new Set(matched);
  for (let index = first + 1; index < last; index++) {
    if (!own.has(index) && scope.isCue[index]) return index;
  }
  for (let index = first - 1; index >= 0 && index >= first - CUE_WINDOW_BEFORE; index--) {
    if (scope.clause[index] !== clause) break;
    if (scope.isCue[index]) return index;
  }
  for (let index = last + 1; index < scope.isCue.length && index <= last + CUE_WINDOW_AFTER; index++) {
    if (scope.clause[index] !== scope.clause[last]) break;
    if (scope.isCue[index]) return index;
  }
  return -1;
}

/** Normalise cue lists written by people (exported for tests and codebook checks). */
export function isNegationCue(word: string, language: Language): boolean {
  const form = normalizeWord(word);
  const lexicon = LEXICONS[language];
  return lexicon.cues.has(form) || (lexicon.cueSuffix !== null && form.endsWith(lexicon.cueSuffix));
}
