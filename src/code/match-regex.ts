import type { CompiledPattern, PatternHit } from './match-patterns.js';
import { regexWindows } from './regex-windows.js';
import type { Token } from '../text/tokenize.js';

/**
 * Every match of a regex pattern in a segment, with the tokens it covers. The regex runs window by
 * window (regex-windows.ts), so that its time grows linearly with the segment's length; a match
 * starts in the chunk whose window found it, and the margin lets it and its lookarounds reach
 * across the cut. Tokens are found by binary search, not by scanning every token per hit.
 */
export function matchRegex(pattern: CompiledPattern, text: string, tokens: readonly Token[]): PatternHit[] {
  const regex = pattern.regex!;
  const unicode = regex.flags.includes('u') || regex.flags.includes('v');
  const hits: PatternHit[] = [];
  let cursor = 0;
  for (const window of regexWindows(text, pattern.window)) {
    const slice = window.windowStart === 0 && window.windowEnd === text.length ? text : text.slice(window.windowStart, window.windowEnd);
    regex.lastIndex = Math.max(cursor, window.chunkStart) - window.windowStart;
    for (let match = regex.exec(slice); match !== null; match = regex.exec(slice)) {
      const start = window.windowStart + match.index;
      if (start >= window.chunkEnd) break;
      if (match[0].length === 0) {
        // An empty match codes nothing; step over it as matchAll does.
        regex.lastIndex = match.index + (unicode ? codePointLength(slice, match.index) : 1);
        continue;
      }
      const end = start + match[0].length;
      cursor = end;
      hits.push({ pattern, start, end, matched: tokensIn(tokens, start, end) });
    }
  }
  return hits;
}

/** Positions of the tokens that overlap `[start, end)`. */
function tokensIn(tokens: readonly Token[], start: number, end: number): number[] {
  // The first token that ends after `start`: tokens are sorted and do not overlap.
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const matched: number[] = [];
  for (let position = low; position < tokens.length && tokens[position]!.start < end; position++) matched.push(position);
  return matched;
}

function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
}
