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

const LETTER_MARK_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

/** Length (1 or 2 UTF-16 units) of the word character at `index`, or 0 when it is none. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  const point = text.codePointAt(index)!;
  const length = point > 0xffff ? 2 : 1;
  return LETTER_MARK_OR_DIGIT.test(text.slice(index, index + length)) ? length : 0;
}

/** Hyphens and apostrophes join word characters into one word (Wmo-loket, auto's, didn't). */
function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 0x2010 || code === 0x2011;
}

/**
 * Split a segment's text into words (letters, marks and digits, joined by inner hyphens and
 * apostrophes) with offsets and clause numbers. Sentence punctuation (. ! ? ; :) and blank lines
 * end a clause; runs of dots and … are hesitations in transcripts and do not.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let breakSeen = false;
  let index = 0;
  while (index < text.length) {
    const length = wordCharLength(text, index);
    if (length === 0) {
      if (tokens.length > 0 && !breakSeen && endsClauseAt(text, index)) breakSeen = true;
      index++;
      continue;
    }
    const start = index;
    index += length;
    for (;;) {
      const next = wordCharLength(text, index);
      if (next > 0) {
        index += next;
      } else if (index + 1 < text.length && isJoiner(text.charCodeAt(index)) && wordCharLength(text, index + 1) > 0) {
        index++;
      } else {
        break;
      }
    }
    if (breakSeen) clause++;
    breakSeen = false;
    tokens.push({ raw: text.slice(start, index), start, end: index, clause });
  }
  return tokens;
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
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const length = wordCharLength(text, index);
    if (length > 0) {
      if (!inWord) count++;
      inWord = true;
      index += length - 1;
    } else if (!(inWord && isJoiner(text.charCodeAt(index)) && wordCharLength(text, index + 1) > 0)) {
      inWord = false;
    }
  }
  return count;
}
