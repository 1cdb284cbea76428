/** Letters, marks and digits, joined into one word by inner hyphens and apostrophes. */
export const WORD_SOURCE = String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*`;

/** A whole string that is one word. */
const ONE_WORD = new RegExp(`^${WORD_SOURCE}$`, 'u');

/** True when `text` is exactly one word as the tokenizer sees it. */
export function isWord(text: string): boolean {
  return ONE_WORD.test(text);
}

/**
 * The form under which words are compared: lower case, accents and ligatures folded
 * (`geïsoleerd` = `geisoleerd`, `ĳ` = `ij`), hyphens and apostrophes unified.
 */
export function normalizeWord(word: string): string {
  return word
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
