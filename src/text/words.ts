import { INVISIBLE, tokenize } from './tokenize.js';

/** True when `text` is exactly one word as the tokenizer sees it. */
export function isWord(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.length === 1 && tokens[0]!.start === 0 && tokens[0]!.end === text.length;
}

/** Invisible characters inside a word (soft hyphen, zero-width characters), to drop. */
const INVISIBLE_CHARACTERS = new RegExp(`[${INVISIBLE}]`, 'gu');

/**
 * The form under which words are compared: lower case, accents and ligatures folded
 * (`geïsoleerd` = `geisoleerd`, `ĳ` = `ij`), hyphens and apostrophes unified, soft hyphens and
 * zero-width characters dropped (`wacht\u00ADlijst` = `wachtlijst`).
 */
export function normalizeWord(word: string): string {
  return word
    .replace(INVISIBLE_CHARACTERS, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐‑]/g, '-')
    .replace(/’/g, "'");
}

/** The parts of a hyphenated compound (`wmo-loket` gives `wmo`, `loket`); a plain word gives none. */
export function compoundParts(form: string): string[] {
  return form.includes('-') ? form.split('-') : [];
}
