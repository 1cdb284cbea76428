import { isDigitAt, isWordCharAt, UNIT_WORDS, wordsAfter } from './context.js';

const ADDITION = /^-?(?:hs|bis|huis|boven|beneden|zw|II|III|IV|[a-zA-Z])(?![\p{L}\p{N}])/u;
const DASHED_NUMBER = /^-\d{1,4}(?![\p{L}\p{N}])/u;

/**
 * Reads a house number after a street name or postcode at `position` (one space or `, ` first):
 * `12`, `12a`, `12-A`, `12-3`, `12-hs`, `12 bis`. Returns where it ends, or null when none stands
 * there or the number is a quantity (`40 minuten`).
 */
export function readHouseNumber(text: string, position: number): number | null {
  let at = position;
  if (text[at] === ',') at++;
  if (text[at] !== ' ' && text[at] !== '\u00a0') return null;
  at++;
  const numberStart = at;
  while (isDigitAt(text, at) && at - numberStart < 5) at++;
  if (at === numberStart || text[numberStart] === '0' || isDigitAt(text, at)) return null;
  const rest = text.slice(at, at + 8);
  const addition = DASHED_NUMBER.exec(rest) ?? ADDITION.exec(rest) ?? (rest.startsWith(' bis') ? [' bis'] : null);
  if (addition) at += addition[0].length;
  else if (isWordCharAt(text, at)) return null;
  if (UNIT_WORDS.has(wordsAfter(text, at, 1)[0] ?? '')) return null;
  return at;
}
