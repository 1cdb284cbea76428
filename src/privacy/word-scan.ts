/**
 * The words of a text as the name detector reads them, found character by character rather than by
 * a regular expression: the same words as `/['’]t(?![\p{L}])|[\p{L}\p{M}][\p{L}\p{M}'’-]*‍/gu`
 * would give, without a match object per word (most words are only counted past).
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** A word's place: `[start, end)` in UTF-16 units. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/** The first word at or after `from`, or null when there is none. */
export function nextWord(text: string, from: number): WordSpan | null {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code === 39 || code === 8217) && text.charCodeAt(index + 1) === 116 && !isLetterAt(text, index + 2)) {
      return { start: index, end: index + 2 };
    }
    const length = letterOrMarkLength(text, index);
    if (length === 0) continue;
    let end = index + length;
    while (end < text.length) {
      const next = text.charCodeAt(end);
      if (next === 39 || next === 8217 || next === 45) end++;
      else {
        const more = letterOrMarkLength(text, end);
        if (more === 0) break;
        end += more;
      }
    }
    return { start: index, end };
  }
  return null;
}

/** Whether the code point at `index` is an upper-case letter. */
export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 65 && code <= 90) return true;
  if (code < 0xc0) return false;
  return UPPER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** The UTF-16 length of the letter or mark at `index` (2 for one outside the BMP), or 0 when there is none. */
function letterOrMarkLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
  // Below U+00AA (ª) nothing is a letter or a mark but the ASCII letters.
  if (code < 0xaa || Number.isNaN(code)) return 0;
  const char = String.fromCodePoint(text.codePointAt(index)!);
  return LETTER_OR_MARK.test(char) ? char.length : 0;
}

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 0xaa || Number.isNaN(code)) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(index)!));
}
