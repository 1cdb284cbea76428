import { findStemCollisions, type WordForm } from '../code/stem-collision.js';
import { createStemmer } from '../code/stem.js';
import { parsePattern } from '../codebook/pattern.js';
import type { Language } from '../model/language.js';
import type { Locator } from '../text/locate.js';
import type { Disagreement, GroupAgreement } from './compare.js';
import { passageOf } from './passages.js';
import type { SpeechWords } from './speech-words.js';
import { logLikelihood, overRepresented } from './keyness.js';
import { probeCodes, probeEvidence, probeMatcher } from './probe.js';
import type { CandidateCodebook, TermSuggestion } from './suggest.js';
import { type SegmentTerms, segmentTerms } from './terms.js';
import type { UnitDocument, UnitSegment } from './units.js';
import type { WhatIf } from './what-if.js';

/** How many terms are suggested per code. */
export const SUGGESTED_TERMS = 8;
/** G2 of 3.84 is significant at p < 0.05 (one degree of freedom). */
const SIGNIFICANT = 3.84;
/** A term in one missed segment only is no evidence: every word of that segment would qualify. */
const MIN_SEGMENTS = 2;
/** The share of the segments a suggested pattern codes that the reference coded, at least. */
const MIN_PRECISION = 0.25;
/** Terms tried per code, by G2, for the suggested ones (each is tried on every segment compared). */
const EXAMINED = 40;

/** What the keyness of every code shares: the unit segments, their terms, and in how many segments each term stands. */
export interface TermIndex {
  readonly segments: readonly UnitSegment[];
  readonly documentOf: ReadonlyMap<UnitSegment, UnitDocument>;
  readonly terms: ReadonlyMap<UnitSegment, SegmentTerms>;
  readonly frequency: ReadonlyMap<string, number>;
  /** Words only ever written with a capital: names of people, places and organisations. */
  readonly names: ReadonlySet<string>;
  /** Whether terms must stand in missed segments of two documents (when more than one is compared). */
  readonly acrossDocuments: boolean;
  /** Where each pattern tried reaches, filled as codes are reviewed. */
  readonly reaches: Map<string, Reach>;
  readonly words: SpeechWords;
  readonly locators: WeakMap<UnitDocument, Locator>;
}

/** The terms of the words the reference coded in a missed segment: the coded part when it is only a part, else the whole segment. */
function codedTerms(entry: Disagreement, index: TermIndex): ReadonlyMap<string, readonly string[]> {
  const { marks } = passageOf(entry, index.locators);
  if (marks.length === 0) return index.terms.get(entry.segment)?.terms ?? new Map();
  // A clause break between the parts, so that they make no phrase together.
  const text = marks.map((mark) => entry.segment.text.slice(mark.start, mark.end)).join(' ; ');
  return segmentTerms(text, index.words).terms;
}

/**
 * The words and two-word phrases most over-represented in the segments the reference coded and
 * the candidate missed (G2 against all other unit segments), that stand in at least two of them
 * (in two documents, when more are compared: a word one interviewee uses does not carry to the next
 * interview) and in the words the reference coded in one of them at least (not only elsewhere in a
 * long turn), are not names, and would raise the code's F1 if added without coding mostly what
 * the reference did not (words its patterns reach already, where a negation or an `unless` kept the
 * code off, raise nothing). Each as a pattern checked
 * to match its words again.
 */
export function keyTerms(code: GroupAgreement, index: TermIndex, candidate: CandidateCodebook, whatIf: WhatIf): TermSuggestion[] {
  const missed = code.missed.map((entry) => entry.segment);
  if (missed.length === 0) return [];
  const found = new Map<string, { count: number; coded: number; documents: Set<UnitDocument>; written: Map<string, number> }>();
  for (const disagreement of code.missed) {
    const { segment } = disagreement;
    const coded = codedTerms(disagreement, index);
    for (const [term, written] of index.terms.get(segment)?.terms ?? []) {
      const entry = found.get(term) ?? { count: 0, coded: 0, documents: new Set<UnitDocument>(), written: new Map<string, number>() };
      entry.count++;
      if (coded.has(term)) entry.coded++;
      entry.documents.add(index.documentOf.get(segment)!);
      for (const form of written) entry.written.set(form, (entry.written.get(form) ?? 0) + 1);
      found.set(term, entry);
    }
  }
  const other = index.segments.length - missed.length;
  const patterns = code.group.candidate.map((entry) => candidate.patterns.get(entry.id));
  const unless = patterns.flatMap((entry) => entry?.unless ?? []);
  const stem = createStemmer(candidate.language);
  const current = code.figures.f1;
  const referenceSegments = new Set([...code.missed, ...code.agreed].map((disagreement) => disagreement.segment));
  const ranked = [...found]
    .map(([term, { count, coded, documents, written }]) => {
      const inOther = (index.frequency.get(term) ?? 0) - count;
      const g2 = logLikelihood(count, missed.length, inOther, other);
      return { term, count, coded, documents: documents.size, written, inOther, g2 };
    })
    .filter(
      (entry) =>
        entry.count >= MIN_SEGMENTS &&
        entry.coded > 0 &&
        (!index.acrossDocuments || entry.documents >= 2) &&
        entry.g2 >= SIGNIFICANT &&
        overRepresented(entry.count, missed.length, entry.inOther, other) &&
        !entry.term.split(' ').some((word) => index.names.has(word)),
    )
    .sort((a, b) => b.g2 - a.g2 || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const reachOf = (pattern: string): Reach & { f1: number } => {
    const reach = reachIn(index, pattern, unless, candidate.language);
    return { ...reach, f1: whatIf.adding(reach.reached) };
  };
  const suggestions: TermSuggestion[] = [];
  const stemsOf = (term: string): string[] => term.split(' ').map((word) => stem(word));
  for (const entry of ranked.slice(0, EXAMINED)) {
    if (suggestions.length === SUGGESTED_TERMS) break;
    const stems = stemsOf(entry.term);
    const written = mostWritten(entry.written);
    if (!matchesAll(written, [...entry.written.keys()], candidate.language)) continue;
    const byStem = reachOf(written);
    // A stem that reaches another word (`ways` reaches `way`, `useful` reaches `use`): the exact form, where that does better.
    const exactPattern = `=${written}`;
    const exact = collides(written, byStem.forms, candidate.language) ? reachOf(exactPattern) : null;
    const [pattern, { reached, f1 }] = exact !== null && exact.f1 > byStem.f1 ? [exactPattern, exact] : [written, byStem];
    // A term that would not raise the F1 here brings more false hits than it finds; one that mostly
    // codes what the reference did not is no pattern for this code, even where the F1 is low enough to rise.
    const right = reached.filter((segment) => referenceSegments.has(segment)).length;
    if (!(f1 > current || Number.isNaN(current)) || right < MIN_PRECISION * reached.length) continue;
    // A phrase and its word, `filter` after `filters`: the one that does more for the F1.
    const overlapping = suggestions.filter((suggestion) => suggestion.stem.split(' ').some((part) => stems.includes(part)));
    if (overlapping.some((suggestion) => suggestion.f1 >= f1)) continue;
    suggestions.push({
      pattern,
      stem: stems.join(' '),
      exact: pattern === exactPattern,
      inMissed: entry.count,
      missed: missed.length,
      documents: entry.documents,
      inOther: entry.inOther,
      other,
      g2: entry.g2,
      reaches: reached.length,
      reachesInReference: right,
      f1,
    });
  }
  return suggestions;
}

/** The unit segments a pattern codes, and the word forms it matched there with their counts. */
export interface Reach {
  readonly reached: readonly UnitSegment[];
  readonly forms: readonly WordForm[];
}

/** Where a pattern reaches, remembered for the run: the same terms come up for many codes. */
function reachIn(index: TermIndex, pattern: string, unless: readonly string[], language: Language): Reach {
  const key = JSON.stringify([pattern, unless]);
  const known = index.reaches.get(key);
  if (known !== undefined) return known;
  const matcher = probeMatcher(language, [{ id: 'term', match: [pattern], unless }]);
  const reached: UnitSegment[] = [];
  const counts = new Map<string, number>();
  for (const segment of index.segments) {
    const words = probeEvidence(matcher, segment.text).get('term');
    if (words === undefined) continue;
    reached.push(segment);
    for (const word of words) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  }
  const reach = { reached, forms: [...counts].map(([form, count]) => ({ form, count })) };
  index.reaches.set(key, reach);
  return reach;
}

/** Whether a one-word stem pattern reaches a stop word or another word (see `findStemCollisions`). */
function collides(pattern: string, forms: readonly WordForm[], language: Language): boolean {
  const parsed = parsePattern(pattern);
  return parsed.kind !== 'error' && findStemCollisions(parsed, language, forms).length > 0;
}

/** The form written most often (ties: the first in code-point order). */
function mostWritten(written: ReadonlyMap<string, number>): string {
  return [...written].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

/**
 * Whether the term as written works as a pattern: it parses and matches every form it was written
 * in. A word in a pattern matches by its stem, so `business` reaches what `busi` would, and reads
 * as a word.
 */
function matchesAll(pattern: string, written: readonly string[], language: Language): boolean {
  if (parsePattern(pattern).kind === 'error') return false;
  const check = probeMatcher(language, [{ id: 'term', match: [pattern] }]);
  return written.every((form) => probeCodes(check, form).has('term'));
}
