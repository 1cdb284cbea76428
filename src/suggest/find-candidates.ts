import type { Matcher } from '../code/matcher.js';
import type { DutchWords } from './compounds.js';
import type { SuggestDocument, SuggestSettings } from './model.js';
import { clusterTerms } from './cluster-terms.js';
import { rankTerms, type RankedTerm } from './rank-terms.js';
import { isContentForm, readSegmentWords, type SegmentWords } from './segment-words.js';
import { countTerms, segmentOccurrences } from './term-counts.js';
import { createTermKeys, type TermKeys, type WordUsage } from './term-keys.js';
import { suggestStopwords } from './vocabulary.js';

/** A candidate theme: terms that recur together in the gap, and where. */
export interface CandidateTerms {
  /** Its terms, best ranked first. */
  readonly terms: readonly RankedTerm[];
  /** Document indexes and segment indexes (into `segments`) where any of its terms occurs in the gap. */
  readonly documents: readonly number[];
  readonly segments: readonly number[];
}

/** The analysis of the gap: every respondent segment read, the recurring terms, the candidate themes. */
export interface GapAnalysis {
  readonly segments: readonly SegmentWords[];
  readonly keys: TermKeys;
  readonly terms: readonly RankedTerm[];
  readonly candidates: readonly CandidateTerms[];
  readonly gapTokens: number;
  readonly reachedTokens: number;
}

/** At most this many of the best-ranked terms are clustered (the rest are weaker evidence). */
export const CLUSTERED_TERMS = 80;

/** Find what recurs in the respondent text the codebooks do not reach, grouped into candidate themes. */
export function findCandidates(
  documents: readonly SuggestDocument[],
  matcher: Matcher,
  settings: SuggestSettings,
  dutch: DutchWords | null,
): GapAnalysis {
  const stop = suggestStopwords();
  const knownCache = new Map<string, boolean>();
  const known = (form: string): boolean => {
    let value = knownCache.get(form);
    if (value === undefined) {
      value = matcher.match(form).hits.some((hit) => hit.pattern.uses.some((use) => use.list !== 'unless'));
      knownCache.set(form, value);
    }
    return value;
  };
  const segments = documents.flatMap((document, index) =>
    document.segments.map((segment) => readSegmentWords(index, segment, matcher, { stop, known })),
  );
  const isContent = (form: string) => isContentForm(form, stop) && !known(form);
  const words = settings.language === 'nl' ? dutch : null;
  const keys = createTermKeys(
    settings.language,
    isContent,
    words,
    wordUsage(segments, createTermKeys(settings.language, isContent, words)),
  );
  const table = countTerms(segments, keys);
  const terms = rankTerms(table, settings.minInterviews, (key, form) => keys.names(key, form));
  const segmentDocuments = segments.map((words) => words.document);
  const clustered = terms.slice(0, CLUSTERED_TERMS);
  const candidates = clusterTerms(clustered, termPositions(clustered, segments, keys), segmentDocuments)
    .map((cluster) => {
      const documents = new Set(cluster.flatMap((term) => term.documents));
      const segmentSet = new Set(cluster.flatMap((term) => term.segments));
      return {
        terms: cluster,
        documents: [...documents].sort((a, b) => a - b),
        segments: [...segmentSet].sort((a, b) => a - b),
        best: terms.indexOf(cluster[0]!),
      };
    })
    .filter((candidate) => candidate.documents.length >= settings.minInterviews)
    .sort((a, b) => b.documents.length - a.documents.length || a.best - b.best)
    .map(({ terms: clusterTermsList, documents: docs, segments: segs }) => ({ terms: clusterTermsList, documents: docs, segments: segs }));
  return { segments, keys, terms, candidates, gapTokens: table.gapTokens, reachedTokens: table.reachedTokens };
}

/** Per term, the token positions of its gap occurrences in each segment it occurs in. */
function termPositions(terms: readonly RankedTerm[], segments: readonly SegmentWords[], keys: TermKeys): Map<number, number[]>[] {
  const phrases = terms.some((term) => term.phrase);
  const index = new Map(terms.map((term, position) => [term.key, position]));
  const positions = terms.map(() => new Map<number, number[]>());
  const visited = [...new Set(terms.flatMap((term) => term.segments))].sort((a, b) => a - b);
  for (const segment of visited) {
    const words = segments[segment]!;
    for (const occurrence of segmentOccurrences(words, keys, phrases)) {
      const term = index.get(occurrence.key);
      if (term === undefined || words.reached[occurrence.positions[0]!]) continue;
      const list = positions[term]!.get(segment) ?? [];
      list.push(...occurrence.positions);
      positions[term]!.set(segment, list);
    }
  }
  return positions;
}

/** How often each content form is used in respondent text, and each own group on its own. */
function wordUsage(segments: readonly SegmentWords[], keys: TermKeys): WordUsage {
  const forms = new Map<string, number>();
  for (const words of segments) {
    words.forms.forEach((form, position) => {
      if (words.content[position]) forms.set(form, (forms.get(form) ?? 0) + 1);
    });
  }
  const standalone = new Map<string, number>();
  for (const [form, count] of forms) {
    const own = keys.word(form)[0];
    if (own !== undefined) standalone.set(own, (standalone.get(own) ?? 0) + count);
  }
  return { count: (form) => forms.get(form) ?? 0, standalone: (key) => standalone.get(key) ?? 0 };
}
