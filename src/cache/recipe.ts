import type { SourceRun } from '../model/transcript.js';

/**
 * How to make a segment's text again from its file's text without storing the text: copies of
 * source ranges (`start, length`, two numbers from 0) and the few characters that are not in the
 * source as they stand (line breaks for a CR or a hard break, the blank line between paragraphs),
 * as white space kept once in the entry's strings (`-1 - index`, one number). Null when the text
 * holds anything else, so that it is never stored.
 */
export type Recipe = readonly number[];

/** The recipe of `text` (mapped by `map` onto `source`); `literal` keeps a piece of white space and gives its index. */
export function writeRecipe(text: string, map: readonly SourceRun[], source: string, literal: (space: string) => number): Recipe | null {
  const recipe: number[] = [];
  let cursor = 0;
  let space = '';
  const flush = (): void => {
    if (space !== '') recipe.push(-1 - literal(space));
    space = '';
  };
  const add = (value: string): boolean => {
    if (value === '') return true;
    if (!/^\s+$/.test(value)) return false;
    space += value;
    return true;
  };
  for (const [textStart, sourceStart, length] of map) {
    if (textStart < cursor || !add(text.slice(cursor, textStart))) return null;
    // Characters that differ from the source (LF for a CR) are literals; the rest are copies.
    let run = 0;
    for (let index = 0; index <= length; index++) {
      const same = index < length && text.charCodeAt(textStart + index) === source.charCodeAt(sourceStart + index);
      if (same) continue;
      if (index > run) {
        flush();
        recipe.push(sourceStart + run, index - run);
      }
      if (index < length && !add(text[textStart + index]!)) return null;
      run = index + 1;
    }
    cursor = textStart + length;
  }
  if (!add(text.slice(cursor))) return null;
  flush();
  return recipe;
}

/** The text that `count` numbers of a recipe from `from` make of `source`; null when they do not fit (a stale or broken entry). */
export function readRecipe(
  numbers: readonly number[],
  from: number,
  count: number,
  strings: readonly string[],
  source: string,
): string | null {
  let text = '';
  const end = from + count;
  for (let at = from; at < end; at++) {
    const step = numbers[at]!;
    if (step < 0) {
      const space = strings[-1 - step];
      if (space === undefined || !/^\s+$/.test(space)) return null;
      text += space;
      continue;
    }
    const length = numbers[++at];
    if (at >= end || !isCount(step) || !isCount(length) || step + length > source.length) return null;
    text += source.slice(step, step + length);
  }
  return text;
}

/** A whole number from 0. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
