/**
 * Words of a text for locating quotes: case, accents, ligatures, punctuation, quote marks,
 * dashes, ellipses and whitespace (line wraps too) do not count, only the sequence of words.
 */

/** A word of a text: its normalised form and where it stands (UTF-16 offsets). */
export interface WordToken {
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// A line of layout only: page numbers and paragraph numbers ("12", "1/6", "26   1/8", "Page 3 of 9").
const LAYOUT_LINE = /^[\s\d/]*\d[\s\d/]*$/;
const PAGE_WORDS = /\b(?:page|pagina|blz|p\.|of|van)(?=[\s\d])/gi;

/** The words of `text` in order, each in its normalised form. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ form: normaliseWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Lower case, accents and ligatures resolved (NFKD without combining marks). */
export function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a transcript taken from a PDF, without its layout: page-number lines and the
 * paragraph or line numbers at the start of a line, set apart by two spaces or a tab
 * ("11   Participant: ..."). With
 * `keepFirst`, a number that opens the text is kept (it opens a quote, so it is the speaker's).
 */
export function contentTokens(text: string, keepFirst = false): WordToken[] {
  const layout = layoutRanges(text, keepFirst);
  let next = 0;
  return wordTokens(text).filter((token) => {
    while (next < layout.length && layout[next]![1] <= token.start) next++;
    const range = layout[next];
    return range === undefined || token.start < range[0] || token.end > range[1];
  });
}

/** Ranges [start, end) of layout numbers: whole page-number lines and numbers opening a line. */
function layoutRanges(text: string, keepFirst: boolean): [number, number][] {
  const ranges: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (LAYOUT_LINE.test(line.replace(PAGE_WORDS, ' '))) {
      ranges.push([lineStart, lineEnd]);
    } else {
      // Two spaces or a tab after it: numbering set apart, not a year that opens a sentence.
      const number = /^[ \t\f\v]*(\d+)(?: {2,}|\t)[ \t]*(?=\S)/.exec(line);
      if (number !== null && !(keepFirst && lineStart === 0)) {
        const at = lineStart + number[0].indexOf(number[1]!);
        ranges.push([at, at + number[1]!.length]);
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return ranges;
}
