import type { SourceRun } from '../model/transcript.js';

/**
 * How to make a segment's text again from its file's text without storing the text: copies of
 * source ranges (`start, length`, two numbers) and the few characters that are not in the source
 * as they stand (line breaks for a CR or a hard break, the blank line between paragraphs), as
 * strings of white space. Null when the text holds anything else, so that it is never stored.
 */
export type Recipe = readonly (number | string)[];

/** The recipe of `text` (mapped by `map` onto `source`), or null when it cannot be made of white space and copies. */
export function writeRecipe(text: string, map: readonly SourceRun[], source: string): Recipe | null {
  const recipe: (number | string)[] = [];
  let cursor = 0;
  const literal = (value: string): boolean => {
    if (value === '') return true;
    if (!/^\s+$/.test(value)) return false;
    const last = recipe[recipe.length - 1];
    if (typeof last === 'string') recipe[recipe.length - 1] = last + value;
    else recipe.push(value);
    return true;
  };
  for (const [textStart, sourceStart, length] of map) {
    if (textStart < cursor || !literal(text.slice(cursor, textStart))) return null;
    // Characters that differ from the source (LF for a CR) are literals; the rest are copies.
    let run = 0;
    for (let index = 0; index <= length; index++) {
      const same = index < length && text.charCodeAt(textStart + index) === source.charCodeAt(sourceStart + index);
      if (same) continue;
      if (index > run) recipe.push(sourceStart + run, index - run);
      if (index < length && !literal(text[textStart + index]!)) return null;
      run = index + 1;
    }
    cursor = textStart + length;
  }
  if (!literal(text.slice(cursor))) return null;
  return recipe;
}

/** The text a recipe makes of `source`; null when the recipe does not fit the source (a stale or broken cache entry). */
export function readRecipe(recipe: unknown, source: string): string | null {
  if (!Array.isArray(recipe)) return null;
  let text = '';
  for (let index = 0; index < recipe.length; index++) {
    const step: unknown = recipe[index];
    if (typeof step === 'string') {
      if (!/^\s*$/.test(step)) return null;
      text += step;
      continue;
    }
    const length: unknown = recipe[++index];
    if (!isCount(step) || !isCount(length) || step + length > source.length) return null;
    text += source.slice(step, step + length);
  }
  return text;
}

/** A whole number from 0. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
