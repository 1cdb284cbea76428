import { WORD_SOURCE } from './words.js';

/** A word of a segment with its place in the segment text. */
export interface Token {
  /** The word as written. */
  readonly raw: string;
  /** Start and end (exclusive) in the segment text, UTF-16. */
  readonly start: number;
  readonly end: number;
  /** Clause number: it goes up at sentence punctuation and blank lines. */
  readonly clause: number;
}

/** Punctuation that ends a clause; runs of dots and … are hesitations in transcripts and do not. */
const CLAUSE_END = /[.!?;:]/;

/** Split a segment's text into words with offsets and clause numbers. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const word = new RegExp(WORD_SOURCE, 'gu');
  let clause = 0;
  let previousEnd = 0;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    if (tokens.length > 0 && endsClause(text.slice(previousEnd, match.index))) clause++;
    previousEnd = match.index + match[0].length;
    tokens.push({ raw: match[0], start: match.index, end: previousEnd, clause });
  }
  return tokens;
}

function endsClause(gap: string): boolean {
  if (gap.length === 0 || gap === ' ') return false;
  if (gap.includes('\n\n')) return true;
  return CLAUSE_END.test(gap.replace(/\.{2,}|…/g, ''));
}
