import { alignWords } from './align.js';
import { contentTokens, type WordToken } from './word-tokens.js';

/**
 * Where a quote stands in its transcript (UTF-16 offsets), and how sure that is:
 * `exact` (the same characters), `words` (the same words in the same order once case,
 * punctuation, typography, line wraps and PDF page and paragraph numbers are set aside),
 * `approximate` (most words in order, some differing or some transcript words left out), or
 * `not-found`. `occurrences` counts the places an exact or word match was found; the first is used.
 */
export type QuoteLocation =
  | { readonly kind: 'exact' | 'words'; readonly start: number; readonly end: number; readonly occurrences: number }
  | {
      readonly kind: 'approximate';
      readonly start: number;
      readonly end: number;
      readonly quoteWords: number;
      readonly matchedWords: number;
      readonly skippedWords: number;
    }
  | { readonly kind: 'not-found'; readonly quoteWords: number; readonly matchedWords: number };

/** How close an approximate match must be. */
export interface ApproximateRule {
  /** Quotes shorter than this many words must match word for word. */
  readonly minWords: number;
  /** Share of the quote's words that must match, in order. */
  readonly minShare: number;
  /** Transcript words the quote may leave out, as a share of its own length. */
  readonly maxSkippedShare: number;
}

/** Defaults: 6 words, 90% of them matching, at most half the quote's length left out in between. */
export const DEFAULT_APPROXIMATE_RULE: ApproximateRule = { minWords: 6, minShare: 0.9, maxSkippedShare: 0.5 };

/** The words of a transcript, prepared once for locating many quotes in it. */
export interface PreparedText {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly forms: readonly string[];
}

/** Prepare a transcript's words (layout numbers left out). */
export function prepareText(text: string): PreparedText {
  const tokens = contentTokens(text);
  return { text, tokens, forms: tokens.map((token) => token.form) };
}

/** Locate `quote` in a prepared transcript: exact characters first, then words, then an approximate alignment. */
export function locateQuote(quote: string, prepared: PreparedText, rule: ApproximateRule = DEFAULT_APPROXIMATE_RULE): QuoteLocation {
  const trimmed = quote.trim();
  const forms = contentTokens(trimmed, true).map((token) => token.form);
  if (trimmed === '' || forms.length === 0) return { kind: 'not-found', quoteWords: 0, matchedWords: 0 };
  const exact = prepared.text.indexOf(trimmed);
  if (exact >= 0) {
    return { kind: 'exact', start: exact, end: exact + trimmed.length, occurrences: countOccurrences(prepared.text, trimmed) };
  }
  const runs = findRuns(prepared.forms, forms);
  if (runs.length > 0) {
    const first = runs[0]!;
    const [start, end] = withPunctuation(
      trimmed,
      prepared.text,
      prepared.tokens[first]!.start,
      prepared.tokens[first + forms.length - 1]!.end,
    );
    return { kind: 'words', start, end, occurrences: runs.length };
  }
  const window = seedWindow(prepared.forms, forms);
  const alignment = forms.length < rule.minWords || window === null ? null : alignWords(prepared.forms.slice(window[0], window[1]), forms);
  const matchedWords = alignment?.matched ?? 0;
  if (alignment === null || matchedWords < rule.minShare * forms.length || alignment.skipped > rule.maxSkippedShare * forms.length) {
    return { kind: 'not-found', quoteWords: forms.length, matchedWords };
  }
  const [start, end] = withPunctuation(
    trimmed,
    prepared.text,
    prepared.tokens[window![0] + alignment.first]!.start,
    prepared.tokens[window![0] + alignment.last]!.end,
  );
  return {
    kind: 'approximate',
    start,
    end,
    quoteWords: forms.length,
    matchedWords,
    skippedWords: alignment.skipped,
  };
}

const EDGE = /[^\p{L}\p{M}\p{N}\s]/u;

/** Widen a range of words over the punctuation next to it when the quote has punctuation there too ("…", "?", quote marks). */
function withPunctuation(quote: string, text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  if (EDGE.test(quote[0]!)) while (from > 0 && EDGE.test(text[from - 1]!)) from--;
  if (EDGE.test(quote[quote.length - 1]!)) while (to < text.length && EDGE.test(text[to]!)) to++;
  return [from, to];
}

/** Start indices where `needle` occurs as a contiguous run in `haystack`. */
function findRuns(haystack: readonly string[], needle: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    let k = 0;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) found.push(i);
  }
  return found;
}

function countOccurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
  return count;
}

/**
 * The stretch of the transcript worth aligning: around the densest cluster of the quote's word
 * triples, so that the alignment's cost stays proportional to the quote, not the transcript.
 * Null when too few triples occur for any match to pass.
 */
function seedWindow(document: readonly string[], quote: readonly string[]): [number, number] | null {
  const triples = new Set<string>();
  for (let k = 0; k + 3 <= quote.length; k++) triples.add(quote.slice(k, k + 3).join(' '));
  const seeds: number[] = [];
  for (let i = 0; i + 3 <= document.length; i++) {
    if (triples.has(`${document[i]} ${document[i + 1]} ${document[i + 2]}`)) seeds.push(i);
  }
  if (seeds.length === 0) return null;
  const span = Math.ceil(quote.length * 1.5) + 10;
  let bestStart = 0;
  let bestCount = 0;
  for (let left = 0, right = 0; right < seeds.length; right++) {
    while (seeds[right]! - seeds[left]! > span) left++;
    if (right - left + 1 > bestCount) {
      bestCount = right - left + 1;
      bestStart = seeds[left]!;
    }
  }
  return [Math.max(0, bestStart - quote.length), Math.min(document.length, bestStart + span + quote.length)];
}
