import { ABBREVIATIONS } from '../text/abbreviations.js';

/** Where sentences start: a capital there says nothing about a name. */

/** Characters skipped when looking back from a word: spaces, quotes, brackets, emphasis, list marks. */
const SKIPPED = new Set([
  ' ',
  '\t',
  '\r',
  '*',
  '_',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '(',
  '[',
  '{',
  '>',
  '#',
  '-',
  '+',
  '–',
  '—',
  '\u00a0',
]);
const ENDS_SENTENCE = new Set(['.', '!', '?', ':', ';', '…']);
/** The longest aside in brackets looked past: `(lacht)`, `(stilte)`, `[naam dochter]`. */
const BRACKET_LIMIT = 30;
const WORD_BEFORE_DOT = /[\p{L}.]{1,8}$/u;

/**
 * Whether the word at `index` starts a sentence: first in the text, after sentence punctuation
 * (not after an abbreviation), or first on a line whose previous line ended a sentence or was
 * empty. A line that continues a hard-wrapped sentence (previous line ends in a letter or comma)
 * does not start one.
 */
export function isSentenceStart(text: string, index: number): boolean {
  let position = previousSignificant(text, index - 1);
  if (position < 0) return true;
  if (text[position] === '\n') {
    const lineEnd = previousSignificant(text, position - 1);
    if (lineEnd < 0 || text[lineEnd] === '\n') return true;
    position = lineEnd;
    const char = text[position]!;
    return !(char === ',' || /[\p{Ll}\p{N}]/u.test(char));
  }
  const char = text[position]!;
  // A stage direction or placeholder in brackets, "(lacht)", "[naam]", is looked past.
  if (char === ')' || char === ']') {
    const open = text.lastIndexOf(char === ')' ? '(' : '[', position);
    if (open >= 0 && position - open <= BRACKET_LIMIT && isBracketAside(text, open, position)) return isSentenceStart(text, open);
    return false;
  }
  if (!ENDS_SENTENCE.has(char)) return false;
  if (char !== '.') return true;
  const word = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, position - 8), position));
  return !(word && ABBREVIATIONS.has(word[0].toLowerCase().replace(/^\./, '')));
}

/** The nearest index at or before `from` that is not skipped (a newline is significant); -1 if none. */
function previousSignificant(text: string, from: number): number {
  let position = from;
  while (position >= 0 && SKIPPED.has(text[position]!)) position--;
  return position;
}

/** Whether text[open..close] is a short aside without a sentence inside (no full stop before the bracket closes). */
function isBracketAside(text: string, open: number, close: number): boolean {
  const inside = text.slice(open + 1, close);
  return inside.length > 0 && !inside.includes('\n') && !inside.includes('.');
}
