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
    const word = match[0].replace(POSSESSIVE, '');
    if (word.length === 0) continue;
    const end = start + word.length;
    while (range < ranges.length && ranges[range]!.end <= start) range++;
    const current = ranges[range];
    if (current && current.start < end) continue;
    const rangeEnd = range > 0 ? ranges[range - 1]!.end : -1;
    const afterRange = rangeEnd >= previousEnd && MARKUP_ONLY.test(text.slice(rangeEnd, start));
    const capital = UPPER.test(word);
    const lower = word.toLowerCase();
    const type = PARTICLES.has(lower) ? 'particle' : capital && LOWER.test(word) ? 'cap' : 'other';
    const gap = text.slice(previousEnd, start);
    tokens.push({
      start,
      end,
      text: word,
      type,
      capital,
      sentenceStart: afterRange || isSentenceStart(text, start),
      joined: tokens.length > 0 && (gap === ' ' || gap === '\u00a0'),
    });
    previousEnd = end;
  }
  return tokens;
}
