import { compoundParts } from '../text/words.js';
import type { Matcher } from '../code/matcher.js';
import type { Token } from '../text/tokenize.js';
import type { SuggestSegment } from './model.js';
import { bracketedTokens, isNumberWord, isStopword } from './vocabulary.js';

/** A respondent segment's words: which may be candidate terms, and which sentences the codebooks reach. */
export interface SegmentWords {
  readonly document: number;
  readonly segment: SuggestSegment;
  readonly tokens: readonly Token[];
  /** Normalised forms, one per token. */
  readonly forms: readonly string[];
  /** Per token: it stands in a sentence (clause) where a pattern of the codebooks matched. */
  readonly reached: readonly boolean[];
  /** Per token: a content word (no stop word, number, note or placeholder, no word a pattern matches). */
  readonly content: readonly boolean[];
  /** Positions of tokens in transcriber notes and placeholders: `(lacht)`, `[naam]`. */
  readonly notes: ReadonlySet<number>;
}

/** What decides whether a word can be a term. */
export interface WordFilter {
  readonly stop: ReadonlySet<string>;
  /** Whether a pattern of the codebooks matches the word on its own (cached by the caller). */
  known(form: string): boolean;
}

/**
 * Read a segment once with the codebooks' matcher: a sentence holding a hit of a `match` pattern
 * is reached (the codebooks say something about it), and its words are not counted as gap.
 */
export function readSegmentWords(document: number, segment: SuggestSegment, matcher: Matcher, filter: WordFilter): SegmentWords {
  const matches = matcher.match(segment.text);
  const tokens = matches.tokens;
  const reachedClauses = new Set<number>();
  for (const hit of matches.hits) {
    if (!hit.pattern.uses.some((use) => use.list !== 'unless')) continue;
    for (const position of hit.matched) reachedClauses.add(tokens[position]!.clause);
  }
  const notes = bracketedTokens(segment.text, tokens);
  const forms = matches.entries.map((entry) => entry.form);
  const content = forms.map((form, index) => !notes.has(index) && isContentForm(form, filter.stop) && !filter.known(form));
  return { document, segment, tokens, forms, reached: tokens.map((token) => reachedClauses.has(token.clause)), content, notes };
}

/** A word that can carry a topic: three letters or more, no digits or number word, no placeholder (`xxxx`), no stop word (nor made of stop words, nor a contraction of one). */
export function isContentForm(form: string, stop: ReadonlySet<string>): boolean {
  // `xxxx` is what anonymisation leaves of a name.
  if (form.length < 3 || /\d/.test(form) || !/\p{L}/u.test(form) || /^(.)\1+$/u.test(form) || isStopword(form, stop) || isNumberWord(form))
    return false;
  const parts = compoundParts(form);
  return parts.length === 0 || !parts.every((part) => stop.has(part) || part.length < 2);
}
