import type { StemCollision, WordForm } from '../code/stem-collision.js';
import type { ExchangeSpan } from '../exchange/coding-model.js';
import type { Language } from '../model/language.js';
import type { Comparison } from './compare.js';
import { keyTerms, type TermIndex } from './key-terms.js';
import type { SpanEvidence } from './result-project.js';
import { reviewPatterns } from './review-patterns.js';
import { speechWords } from './speech-words.js';
import { segmentTerms } from './terms.js';
import type { UnitDocument, UnitSegment } from './units.js';
import { whatIf } from './what-if.js';

/** A word or phrase over-represented in the segments the candidate missed, as a candidate pattern. */
export interface TermSuggestion {
  /** The pattern to add: the term as written most often (lower case); a word matches by its stem. */
  readonly pattern: string;
  /** The stems of the term (`busi` for `business`): a word of a pattern reaches every word with the same stem. */
  readonly stem: string;
  /** Whether the pattern is the exact form (`=ways`), because its stem reaches other words (`way`) and does worse. */
  readonly exact: boolean;
  /** Missed segments holding the term, of all missed segments, and the documents they are in. */
  readonly inMissed: number;
  readonly missed: number;
  readonly documents: number;
  /** Other unit segments holding it, of all other unit segments. */
  readonly inOther: number;
  readonly other: number;
  /** Log-likelihood G2 of the term in the missed segments against all other unit segments. */
  readonly g2: number;
  /** Unit segments the pattern would code (negated mentions aside), and how many of them the reference coded. */
  readonly reaches: number;
  readonly reachesInReference: number;
  /** The code's F1 on the units compared with the pattern added. */
  readonly f1: number;
}

/** A pattern of the candidate code that fired, where, and on which word forms. */
export interface PatternReview {
  readonly pattern: string;
  /** Unit segments the candidate coded with the code where this pattern hit. */
  readonly fired: number;
  /** Of those, the segments the reference coded too. */
  readonly inReference: number;
  /** The code's F1 on the units compared without this pattern. */
  readonly f1Without: number;
  readonly forms: readonly WordForm[];
  readonly collisions: readonly StemCollision[];
}

/** What to change in one code of the candidate codebook. */
export interface CodeSuggestions {
  readonly terms: readonly TermSuggestion[];
  /** Every pattern that fired, fewest shared with the reference first. */
  readonly patterns: readonly PatternReview[];
}

/** What rodedraad knows about the candidate's codes: language, and each code's patterns. */
export interface CandidateCodebook {
  readonly language: Language;
  readonly patterns: ReadonlyMap<string, { readonly match: readonly string[]; readonly unless: readonly string[] }>;
  readonly evidence: (span: ExchangeSpan) => SpanEvidence | undefined;
}

/**
 * Per code: words and two-word phrases most over-represented in the segments the reference coded
 * and the candidate missed (see `keyTerms`), and the candidate's patterns with where they fired,
 * what the code's F1 would be without them, and the word forms they reached.
 */
export function suggestChanges(comparison: Comparison, candidate: CandidateCodebook): CodeSuggestions[] {
  const words = speechWords();
  const documentOf = new Map<UnitSegment, UnitDocument>();
  for (const document of comparison.documents) for (const segment of document.segments) if (segment.unit) documentOf.set(segment, document);
  const segments = [...documentOf.keys()];
  const terms = new Map(segments.map((segment) => [segment, segmentTerms(segment.text, words)]));
  const frequency = new Map<string, number>();
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  for (const found of terms.values()) {
    for (const term of found.terms.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    for (const word of found.capitalised) capitalised.add(word);
    for (const word of found.lowercase) lowercase.add(word);
  }
  const index: TermIndex = {
    segments,
    documentOf,
    terms,
    frequency,
    names: new Set([...capitalised].filter((word) => !lowercase.has(word))),
    acrossDocuments: comparison.documents.length > 1,
    reaches: new Map(),
    words,
    locators: new WeakMap(),
  };
  return comparison.codes.map((code) => {
    const scenarios = whatIf(code, documentOf, comparison.unit === 'document');
    return { terms: keyTerms(code, index, candidate, scenarios), patterns: reviewPatterns(code, candidate, scenarios) };
  });
}
