import type { TextRange } from './finding.js';
import { isSentenceStart } from './sentence.js';
import { foldName } from './word-lexicon.js';
import { isUpperAt, nextWord, type WordSpan } from './word-scan.js';

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
 * The words of a text outside the excluded ranges (front matter keys, speaker labels) that can be part
 * of a name, with what the name detector needs to know of each: capitalised words, particles, and the
 * words of `listed` names (folded, see foldName). Other words are left out (most of a text), and the
 * word after one is not `joined`: a name never runs across them. A word just after an excluded range
 * starts a sentence.
 */
export function nameTokens(text: string, exclude: readonly TextRange[], listed: ReadonlySet<string> = new Set()): NameToken[] {
  const ranges = [...exclude].sort((a, b) => a.start - b.start);
  const tokens: NameToken[] = [];
  let range = 0;
  let previousEnd = 0;
  let afterLeftOut = false;
  for (let span = nextWord(text, 0); span !== null; span = nextWord(text, span.end)) {
    const start = span.start;
    const end = span.end - possessiveLength(text, span);
    if (end === start) continue;
    while (range < ranges.length && ranges[range]!.end <= start) range++;
    const current = ranges[range];
    if (current && current.start < end) continue;
    const capital = isUpperAt(text, start);
    // Every particle has at most three letters: a long word that starts in lower case is no part of a name, unless listed.
    if (!capital && end - start > 3 && listed.size === 0) {
      afterLeftOut = true;
      previousEnd = end;
      continue;
    }
    const word = text.slice(start, end);
    const type = word.length <= 3 && PARTICLES.has(word.toLowerCase()) ? 'particle' : capital && LOWER.test(word) ? 'cap' : 'other';
    if (type === 'other' && (listed.size === 0 || !listed.has(foldName(word)))) {
      afterLeftOut = true;
      previousEnd = end;
      continue;
    }
    // Only capitalised words and particles can be part of a name: the sentence start of the rest is never read.
    const sentenceStart = type !== 'other' && (afterExcluded(text, ranges, range, previousEnd, start) || isSentenceStart(text, start));
    const joined =
      !afterLeftOut && tokens.length > 0 && start - previousEnd === 1 && (text[previousEnd] === ' ' || text[previousEnd] === '\u00a0');
    tokens.push({ start, end, text: word, type, capital, sentenceStart, joined });
    afterLeftOut = false;
    previousEnd = end;
  }
  return tokens;
}

/** How much of a word is a possessive `'s` or a trailing apostrophe or hyphen, left out of the name. */
function possessiveLength(text: string, span: WordSpan): number {
  const last = text.charCodeAt(span.end - 1);
  if (last === 115 && span.end - span.start >= 2) {
    const before = text.charCodeAt(span.end - 2);
    return before === 39 || before === 8217 ? 2 : 0;
  }
  return last === 39 || last === 8217 || last === 45 ? 1 : 0;
}

/** Whether only markup stands between the excluded range before `range` and the word at `start`. */
function afterExcluded(text: string, ranges: readonly TextRange[], range: number, previousEnd: number, start: number): boolean {
  const rangeEnd = range > 0 ? ranges[range - 1]!.end : -1;
  return rangeEnd >= previousEnd && MARKUP_ONLY.test(text.slice(rangeEnd, start));
}
