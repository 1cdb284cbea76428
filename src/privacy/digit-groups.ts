import { isDigitAt, isWordCharAt } from './context.js';

/** One group of digits in a written number (`06`, `1234`, `56`). */
interface DigitGroup {
  readonly start: number;
  readonly end: number;
  /** The separator written before this group: '' for the first, else ' ', '-', '.', ' - ' or '/'. */
  readonly separator: string;
}

/** A number written as groups of digits with single separators between them (`1234.56.782`). */
export interface DigitRun {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly DigitGroup[];
}

/** The most groups read in one run: no identifier is written in more. */
const MAX_GROUPS = 8;

/**
 * Reads digit groups from `start` (a digit) joined by one separator from `separators` (a space
 * may also stand around a dash: `06 - 12345678`). Linear: each character is read once.
 */
export function readDigitRun(text: string, start: number, separators: string): DigitRun {
  const groups: DigitGroup[] = [];
  let position = start;
  let separator = '';
  while (groups.length < MAX_GROUPS) {
    const groupStart = position;
    while (isDigitAt(text, position)) position++;
    groups.push({ start: groupStart, end: position, separator });
    const next = readSeparator(text, position, separators);
    if (next === null || !isDigitAt(text, position + next.length)) break;
    separator = next;
    position += next.length;
  }
  const last = groups[groups.length - 1]!;
  return { start, end: last.end, groups };
}

function readSeparator(text: string, position: number, separators: string): string | null {
  if (separators.includes('-') && text.startsWith(' - ', position)) return ' - ';
  const char = text[position];
  return char !== undefined && separators.includes(char) ? char : null;
}

/** The digits of groups[0..count). */
export function groupDigits(text: string, groups: readonly DigitGroup[], count = groups.length): string {
  let digits = '';
  for (let index = 0; index < count; index++) digits += text.slice(groups[index]!.start, groups[index]!.end);
  return digits;
}

/**
 * Start offsets of digit runs that stand on their own: the character before is not a letter, digit,
 * or a decimal/thousands mark glued to a digit (so `3,123456789` and `x123` are not read).
 */
export function* runStarts(text: string, separators: string): Generator<DigitRun> {
  for (let index = 0; index < text.length; index++) {
    if (!isDigitAt(text, index)) continue;
    const glued = isWordCharAt(text, index - 1) || ('.,/:'.includes(text[index - 1] ?? ' ') && isDigitAt(text, index - 2));
    const run = readDigitRun(text, index, separators);
    if (!glued && !isWordCharAt(text, run.end)) yield run;
    index = run.end;
  }
}
