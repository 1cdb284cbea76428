import type { RankedTerm } from './rank-terms.js';
import type { CodeStub } from './stubs.js';

/** A place in the corpus: interview, segment and line range. */
export interface SegmentRef {
  readonly document: string;
  readonly segment: number;
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** A quote: a segment's text trimmed around the evidence, as Markdown (terms in bold). */
export interface SuggestQuote extends SegmentRef {
  readonly markdown: string;
}

/** In how many interviews of each group of an attribute a candidate recurs. */
export interface CandidateGroups {
  readonly attribute: string;
  /** value null: the interviews without the attribute. */
  readonly groups: readonly { readonly value: string | null; readonly documents: number; readonly size: number }[];
}

/** A candidate theme with its evidence and code stub. */
export interface Candidate {
  readonly rank: number;
  readonly label: string;
  readonly terms: readonly RankedTerm[];
  /** Interview ids, in corpus order. */
  readonly documents: readonly string[];
  readonly groups: readonly CandidateGroups[];
  readonly segments: readonly SegmentRef[];
  readonly quotes: readonly SuggestQuote[];
  readonly stub: CodeStub;
  /** Respondent segments (and their interviews) the stub's patterns would code. */
  readonly reach: { readonly segments: number; readonly documents: number };
}

/** Per interview: respondent segments that no code reaches. */
export interface DocumentGap {
  readonly document: string;
  readonly segments: number;
  readonly unreached: number;
  readonly examples: readonly SuggestQuote[];
}

/** Everything `suggest` found, as plain data; the Markdown and YAML are made from it. */
export interface SuggestReport {
  readonly documents: number;
  readonly segments: number;
  readonly codebooks: readonly { readonly id: string; readonly version: string }[];
  readonly language: 'nl' | 'en';
  readonly minInterviews: number;
  /** Tokens of respondent sentences no pattern reaches, and of reached ones. */
  readonly gapTokens: number;
  readonly reachedTokens: number;
  /** Every term that recurs in the gap, ranked. */
  readonly terms: readonly RankedTerm[];
  readonly candidates: readonly Candidate[];
  /** The id of the theme that holds the stubs in suggestions.yaml (unique among the codebooks' ids). */
  readonly themeId: string;
  readonly coverage: readonly DocumentGap[];
}
