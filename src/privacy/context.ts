/** Small helpers to look at the words around a candidate; all linear in the window they read. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;
const AMOUNT_BEFORE = /(?:€|eur|euro)\s?$/iu;
const AMOUNT_AFTER = /^(?:,-|,\d|\s?(?:euro|eur)\b|\s?€)/iu;

/** How far words before or after a candidate are read. */
const WINDOW = 60;

/** Whether the character at `index` is a letter or digit (false outside the text). */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return LETTER_OR_DIGIT.test(text[index]!);
}

/** Whether the character at `index` is an ASCII digit. */
export function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/** Up to `count` words before `index`, lowercased, nearest last; they stop at a line break. */
export function wordsBefore(text: string, index: number, count: number): string[] {
  const from = Math.max(0, index - WINDOW);
  const window = text.slice(from, index);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  return (line.match(WORDS) ?? []).slice(-count).map((word) => word.toLowerCase());
}

/** Up to `count` words after `index`, lowercased, nearest first; they stop at a line break. */
export function wordsAfter(text: string, index: number, count: number): string[] {
  const window = text.slice(index, index + WINDOW);
  const newline = window.indexOf('\n');
  const line = newline < 0 ? window : window.slice(0, newline);
  return (line.match(WORDS) ?? []).slice(0, count).map((word) => word.toLowerCase());
}

/** Matches a sticky pattern exactly at `position`, on a copy, so that the shared pattern never changes. */
export function execAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  const sticky = new RegExp(pattern);
  sticky.lastIndex = position;
  return sticky.exec(text);
}

/** Whether a number at [start, end) is written as an amount of money (`€ 123.456.789`, `12345 euro`). */
export function isAmount(text: string, start: number, end: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || AMOUNT_AFTER.test(text.slice(end, end + 6));
}

/** Whether any of `words` starts with one of `stems`. */
export function hasWordStartingWith(words: readonly string[], stems: readonly string[]): boolean {
  return words.some((word) => stems.some((stem) => word.startsWith(stem)));
}

/** Words after a number that make it a quantity, a time or a count rather than an identifier. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'keer',
  'maal',
  'jaar',
  'jaren',
  'maand',
  'maanden',
  'week',
  'weken',
  'dag',
  'dagen',
  'uur',
  'uren',
  'minuut',
  'minuten',
  'seconden',
  'kwartier',
  'euro',
  'eur',
  'cent',
  'procent',
  'km',
  'kilometer',
  'meter',
  'm',
  'cm',
  'kilo',
  'kg',
  'gram',
  'liter',
  'mensen',
  'personen',
  'kinderen',
  'huizen',
  'woningen',
  'stuks',
  'pagina',
  "pagina's",
  'paginas',
  'punten',
  'graden',
  'jarige',
  'jarigen',
  'keren',
  'stappen',
  'nummers',
  'bladzijden',
  'regels',
]);
