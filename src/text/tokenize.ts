/** A word of a segment with its place in the segment text. */
export interface Token {
  /** The word as written. */
  readonly raw: string;
  /** Start and end (exclusive) in the segment text, UTF-16. */
  readonly start: number;
  readonly end: number;
  /** Clause number: it goes up at sentence punctuation and blank lines. */
  readonly clause: number;
}

/** A word: letters, marks and digits, joined by inner hyphens and apostrophes (Wmo-loket, auto's, didn't). */
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*`;
/**
 * Invisible characters that word processors and PDF exports leave inside words: the soft hyphen
 * (U+00AD), zero-width space, non-joiner and joiner (U+200B-U+200D), the word joiner (U+2060) and
 * a byte-order mark (U+FEFF) inside the text. They stay inside a word; normalizeWord drops them.
 */
export const INVISIBLE = '\u00AD\u200B-\u200D\u2060\uFEFF';
const HAS_INVISIBLE = new RegExp(`[${INVISIBLE}]`, 'u');
/** A word that may hold invisible characters between its letters (never at its edges). */
const PART = String.raw`[\p{L}\p{M}\p{N}](?:[${INVISIBLE}]*[\p{L}\p{M}\p{N}])*`;
const WORD_WITH_INVISIBLE = `${PART}(?:[${INVISIBLE}]*['’\\-‐‑][${INVISIBLE}]*${PART})*`;

/** The word pattern for a text: the plain one unless the text holds an invisible character (faster). */
function wordPattern(text: string): RegExp {
  return new RegExp(HAS_INVISIBLE.test(text) ? WORD_WITH_INVISIBLE : WORD, 'gu');
}

/**
 * Split a segment's text into words with offsets and clause numbers. Sentence punctuation
 * (. ! ? ; :) and blank lines end a clause; runs of dots and … are hesitations in transcripts
 * and do not.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const word = wordPattern(text);
  let clause = 0;
  let previousEnd = 0;
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const start = match.index;
    if (tokens.length > 0 && gapEndsClause(text, previousEnd, start)) clause++;
    previousEnd = start + match[0].length;
    tokens.push({ raw: match[0], start, end: previousEnd, clause });
  }
  return tokens;
}

/** Whether the text between two words, `[from, to)`, ends a clause. */
function gapEndsClause(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (endsClauseAt(text, index)) return true;
  return false;
}

/** Whether the character at `index` (outside a word) ends a clause. */
function endsClauseAt(text: string, index: number): boolean {
  switch (text.charCodeAt(index)) {
    case 33: // !
    case 63: // ?
    case 59: // ;
    case 58: // :
      return true;
    case 46: // a single full stop; two or more are a hesitation
      return text.charCodeAt(index - 1) !== 46 && text.charCodeAt(index + 1) !== 46;
    case 10: {
      let next = index + 1;
      while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 13)) next++;
      return text.charCodeAt(next) === 10;
    }
    default:
      return false;
  }
}

/** The number of words in a text, without building tokens. */
export function countWords(text: string): number {
  let count = 0;
  const word = wordPattern(text);
  while (word.exec(text) !== null) count++;
  return count;
}
