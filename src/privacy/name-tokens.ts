import type { TextRange } from './finding.js';
import { isSentenceStart } from './sentence.js';

/** A word as the name detector sees it. */
export interface NameToken extends TextRange {
  /** The word without a possessive `'s` or trailing hyphen. */
  readonly text: string;
  /** cap: capitalised (`Jansen`, `De`); particle: part of a surname (`de`, `van`, `'t`); other: the rest. */
  readonly type: 'cap' | 'particle' | 'other';
  readonly capital: boolean;
  /** Whether a capital here is expected anyway: at the start of a sentence, line or after a label. */
  readonly sentenceStart: boolean;
  /** Whether only one space separates it from the previous token. */
  readonly joined: boolean;
}

const TOKEN = /['’]t(?![\p{L}])|[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const POSSESSIVE = /(?:['’]s|['’-])$/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MARKUP_ONLY = /^[\s*_"'“‘([>#-]*$/u;

/** Lower-case words that belong to surnames: `Jan de Vries`, `Ans van der Berg`, `Fatima el Amrani`. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  "'t",
  '’t',
  'het',
  'uit',
  'la',
  'le',
  'du',
  'da',
  'di',
  'von',
  'el',
  'al',
  'ben',
  'bin',
  'mc',
  'o',
]);

/**
 * The words of a text outside the excluded ranges (front matter keys, speaker labels), with what the
 * name detector needs to know of each. A word just after an excluded range starts a sentence.
 */
export function nameTokens(text: string, exclude: readonly TextRange[]): NameToken[] {
  const ranges = [...exclude].sort((a, b) => a.start - b.start);
  const tokens: NameToken[] = [];
  let range = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const last = match[0].charCodeAt(match[0].length - 1);
    // Only a word ending in an apostrophe, `s` or a hyphen can have a possessive or hyphen to strip.
    const word = last === 115 || last === 39 || last === 8217 || last === 45 ? match[0].replace(POSSESSIVE, '') : match[0];
    if (word.length === 0) continue;
    const end = start + word.length;
    while (range < ranges.length && ranges[range]!.end <= start) range++;
    const current = ranges[range];
    if (current && current.start < end) continue;
    const capital = UPPER.test(word);
    const type = PARTICLES.has(word.toLowerCase()) ? 'particle' : capital && LOWER.test(word) ? 'cap' : 'other';
    // Only capitalised words and particles can be part of a name: the sentence start of the rest is never read.
    const sentenceStart = type !== 'other' && (afterExcluded(text, ranges, range, previousEnd, start) || isSentenceStart(text, start));
    const joined = tokens.length > 0 && start - previousEnd === 1 && (text[previousEnd] === ' ' || text[previousEnd] === '\u00a0');
    tokens.push({ start, end, text: word, type, capital, sentenceStart, joined });
    previousEnd = end;
  }
  return tokens;
}

/** Whether only markup stands between the excluded range before `range` and the word at `start`. */
function afterExcluded(text: string, ranges: readonly TextRange[], range: number, previousEnd: number, start: number): boolean {
  const rangeEnd = range > 0 ? ranges[range - 1]!.end : -1;
  return rangeEnd >= previousEnd && MARKUP_ONLY.test(text.slice(rangeEnd, start));
}
