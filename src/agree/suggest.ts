import { DutchVerbs } from '../code/dutch-verbs.js';
import { findStemCollisions, type StemCollision, type WordForm } from '../code/stem-collision.js';
import { parsePattern } from '../codebook/pattern.js';
import { createStemmer } from '../code/stem.js';
import type { Language } from '../model/language.js';
import type { ExchangeSpan } from '../exchange/coding-model.js';
import type { Comparison, GroupAgreement } from './compare.js';
import { logLikelihood, overRepresented } from './keyness.js';
import { probeCodes, probeMatcher } from './probe.js';
import type { SpanEvidence } from './result-project.js';
import type { UnitSegment } from './units.js';
import { segmentTerms, stopwordsOfBoth, type SegmentTerms } from './terms.js';

/** A word or phrase over-represented in the segments the candidate missed, as a candidate pattern. */
export interface TermSuggestion {
  /** The term as written most often (lower case). */
  readonly term: string;
  /** The pattern to add: the stem(s), or the word itself where its stem does not match it back. */
  readonly pattern: string;
  /** Missed segments holding the term, of all missed segments. */
  readonly inMissed: number;
  readonly missed: number;
  /** Other unit segments holding it, of all other unit segments. */
  readonly inOther: number;
  readonly other: number;
  /** Log-likelihood G2 of the term in the missed segments against all other unit segments. */
  readonly g2: number;
  /** Unit segments the pattern would code, and how many of them the reference coded. */
  readonly reaches: number;
  readonly reachesInReference: number;
}

/** A pattern of the candidate code that fired, where, and on which word forms. */
export interface PatternReview {
  readonly pattern: string;
  /** Unit segments the candidate coded with the code where this pattern hit. */
  readonly fired: number;
  /** Of those, the segments the reference coded too. */
  readonly inReference: number;
  readonly forms: readonly WordForm[];
  readonly collisions: readonly StemCollision[];
}

/** What to change in one code of the candidate codebook. */
export interface CodeSuggestions {
  readonly terms: readonly TermSuggestion[];
  /** Every pattern that fired, fewest shared with the reference first. */
  readonly patterns: readonly PatternReview[];
}

/** How many terms are suggested per code; each is in at least two missed segments and its G2 reaches 3.84 (p < 0.05). */
export const SUGGESTED_TERMS = 8;
const SIGNIFICANT = 3.84;
/** A term in one missed segment only is no evidence: every word of that segment would qualify. */
const MIN_SEGMENTS = 2;

/** What rodedraad knows about the candidate's codes: language, and each code's patterns. */
export interface CandidateCodebook {
  readonly language: Language;
  readonly patterns: ReadonlyMap<string, { readonly match: readonly string[]; readonly unless: readonly string[] }>;
  readonly evidence: (span: ExchangeSpan) => SpanEvidence | undefined;
}

/**
 * Per code: words and two-word phrases most over-represented in the segments the reference coded
 * and the candidate missed (log-likelihood against all other unit segments; stop words out),
 * each with a candidate pattern checked to match its words; and the candidate's patterns with
 * where they fired and the word forms they reached.
 */
export function suggestChanges(comparison: Comparison, candidate: CandidateCodebook): CodeSuggestions[] {
  const stop = stopwordsOfBoth();
  const units = comparison.documents.flatMap((document) =>
    document.segments.filter((segment) => segment.unit).map((segment) => ({ document, segment })),
  );
  const terms = new Map(units.map(({ segment }) => [segment, segmentTerms(segment.text, stop)]));
  const frequency = new Map<string, number>();
  for (const { terms: found } of terms.values()) for (const term of found.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return comparison.codes.map((code) => ({
    terms: keyTerms(
      code,
      units.map(({ segment }) => segment),
      terms,
      frequency,
      candidate,
    ),
    patterns: reviewPatterns(code, candidate),
  }));
}

function keyTerms(
  code: GroupAgreement,
  segments: readonly UnitSegment[],
  terms: ReadonlyMap<object, SegmentTerms>,
  frequency: ReadonlyMap<string, number>,
  candidate: CandidateCodebook,
): TermSuggestion[] {
  const missed = code.missed.map((entry) => entry.segment);
  if (missed.length === 0) return [];
  const inMissed = new Map<string, { count: number; written: Map<string, number> }>();
  for (const segment of missed) {
    for (const [term, written] of terms.get(segment)?.terms ?? []) {
      const entry = inMissed.get(term) ?? { count: 0, written: new Map<string, number>() };
      entry.count++;
      for (const form of written) entry.written.set(form, (entry.written.get(form) ?? 0) + 1);
      inMissed.set(term, entry);
    }
  }
  const other = segments.length - missed.length;
  const own = probeMatcher(candidate.language, [
    { id: 'own', match: code.group.candidate.flatMap((entry) => candidate.patterns.get(entry.id)?.match ?? []) },
  ]);
  const ranked = [...inMissed]
    .map(([term, { count, written }]) => {
      const inOther = (frequency.get(term) ?? 0) - count;
      return { term, count, written, inOther, g2: logLikelihood(count, missed.length, inOther, other) };
    })
    .filter(
      (entry) =>
        entry.count >= MIN_SEGMENTS && entry.g2 >= SIGNIFICANT && overRepresented(entry.count, missed.length, entry.inOther, other),
    )
    // The code's own patterns already reach these words: the miss lies elsewhere (negation, unless).
    .filter((entry) => !probeCodes(own, mostWritten(entry.written)).has('own'))
    .sort((a, b) => b.g2 - a.g2 || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, SUGGESTED_TERMS);
  const stem = createStemmer(candidate.language);
  const patterns = ranked.map((entry) => patternFor(entry.term, [...entry.written.keys()], stem, candidate.language));
  const reach = probeMatcher(
    candidate.language,
    patterns.map((pattern, index) => ({ id: `t${index}`, match: [pattern] })),
  );
  const reaches = patterns.map(() => ({ all: 0, reference: 0 }));
  // The reference coded the segments the candidate missed and those both coded.
  const referenceSegments = new Set<object>([...code.missed, ...code.agreed].map((entry) => entry.segment));
  for (const segment of segments) {
    for (const id of probeCodes(reach, segment.text)) {
      const tally = reaches[Number(id.slice(1))]!;
      tally.all++;
      if (referenceSegments.has(segment)) tally.reference++;
    }
  }
  return ranked.map((entry, index) => ({
    term: mostWritten(entry.written),
    pattern: patterns[index]!,
    inMissed: entry.count,
    missed: missed.length,
    inOther: entry.inOther,
    other,
    g2: entry.g2,
    reaches: reaches[index]!.all,
    reachesInReference: reaches[index]!.reference,
  }));
}

/** The form written most often (ties: the first in code-point order). */
function mostWritten(written: ReadonlyMap<string, number>): string {
  return [...written].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

/** The stems of a term as a pattern, when that pattern parses and matches every form written; else the most common form. */
function patternFor(term: string, written: readonly string[], stem: (form: string) => string, language: Language): string {
  const stems = term
    .split(' ')
    .map((word) => stem(word))
    .join(' ');
  if (parsePattern(stems).kind === 'error') return written[0]!;
  const check = probeMatcher(language, [{ id: 'stem', match: [stems] }]);
  return written.every((form) => probeCodes(check, form).has('stem')) ? stems : written[0]!;
}

function reviewPatterns(code: GroupAgreement, candidate: CandidateCodebook): PatternReview[] {
  let dutch: DutchVerbs | null = null;
  const verbs = (): DutchVerbs => {
    dutch ??= new DutchVerbs();
    return dutch;
  };
  const reviews = new Map<string, { fired: number; inReference: number; forms: Map<string, number> }>();
  const visit = (entries: GroupAgreement['agreed'], inReference: boolean): void => {
    for (const { spans } of entries) {
      const seen = new Set<string>();
      for (const span of spans) {
        for (const hit of candidate.evidence(span)?.hits ?? []) {
          const review = reviews.get(hit.pattern) ?? { fired: 0, inReference: 0, forms: new Map<string, number>() };
          reviews.set(hit.pattern, review);
          const form = hit.text.toLowerCase().replace(/\s+/g, ' ');
          review.forms.set(form, (review.forms.get(form) ?? 0) + 1);
          if (seen.has(hit.pattern)) continue;
          seen.add(hit.pattern);
          review.fired++;
          if (inReference) review.inReference++;
        }
      }
    }
  };
  visit(code.agreed, true);
  visit(code.extra, false);
  return [...reviews]
    .map(([pattern, review]) => {
      const forms = [...review.forms]
        .map(([form, count]) => ({ form, count }))
        .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
      return {
        pattern,
        fired: review.fired,
        inReference: review.inReference,
        forms,
        collisions: stemCollisions(pattern, candidate.language, forms, verbs),
      };
    })
    .sort((a, b) => a.inReference / a.fired - b.inReference / b.fired || b.fired - a.fired || (a.pattern < b.pattern ? -1 : 1));
}

/** The stem collisions of a pattern as a result names it (a pattern that does not parse has none). */
function stemCollisions(pattern: string, language: Language, forms: readonly WordForm[], verbs: () => DutchVerbs): StemCollision[] {
  const parsed = parsePattern(pattern);
  const verbForms = (word: string) => verbs().verb(word)?.forms ?? [];
  return parsed.kind === 'error' ? [] : findStemCollisions(parsed, language, forms, undefined, verbForms);
}
