import { probeCodes, probeMatcher } from '../agree/probe.js';
import type { Matcher } from '../code/matcher.js';
import type { Codebook } from '../model/codebook.js';
import { formatQuote } from '../report/quote-format.js';
import { coverageGap } from './coverage.js';
import { crossReference, stubReach } from './stub-reach.js';
import type { DutchWords } from './compounds.js';
import { candidateEvidence, pickEvidence, sentenceAround, type SegmentEvidence } from './evidence.js';
import { findCandidates, type CandidateTerms, type GapAnalysis } from './find-candidates.js';
import { countGroups, groupValues } from './groups.js';
import type { SuggestDocument, SuggestSettings } from './model.js';
import type { Candidate, SegmentRef, SuggestQuote, SuggestReport } from './report-model.js';
import type { SegmentWords } from './segment-words.js';
import { namingTerms, stubId, stubLabel, stubPatterns, type CodeStub, type StubExample } from './stubs.js';

/** Quotes (and match examples) per candidate, each from another interview. */
export const QUOTES = 3;

/**
 * `rodedraad suggest` as a library: what recurs in the respondent text the codebooks do not reach,
 * as ranked candidate themes with their interviews, segments, quotes and a code stub each, and the
 * coverage gap per interview. Pure: the documents come read and segmented, the matcher compiled.
 */
export function suggestCodes(
  documents: readonly SuggestDocument[],
  matcher: Matcher,
  codebooks: readonly Pick<Codebook, 'id' | 'version' | 'themes'>[],
  settings: SuggestSettings,
  dutch: DutchWords | null,
): SuggestReport {
  const analysis = findCandidates(documents, matcher, settings, dutch);
  const taken = new Set(
    codebooks.flatMap((codebook) => codebook.themes.flatMap((theme) => [theme.id, ...theme.codes.map((code) => code.id)])),
  );
  const themeId = stubId([settings.outputLanguage === 'nl' ? 'suggesties' : 'suggestions'], taken);
  const values = new Map(settings.by.map((attribute) => [attribute, groupValues(documents, attribute)] as const));
  const noneSentences = reachedSentences(analysis.segments);
  const drafts: Draft[] = [];
  for (const candidate of analysis.candidates) {
    if (drafts.length >= settings.top) break;
    const draft = draftCandidate(candidate, analysis, documents, settings, taken, noneSentences);
    // A candidate none of whose forms makes a valid pattern cannot become a code.
    if (draft.stub.match.length > 0) drafts.push(draft);
  }
  const stubs = crossReference(
    drafts.map((draft) => draft.stub),
    settings.language,
  );
  const reach = stubReach(stubs, analysis.segments, settings.language);
  const candidates: Candidate[] = drafts.map((draft, index) => ({
    rank: index + 1,
    label: draft.stub.label,
    terms: draft.candidate.terms,
    documents: draft.candidate.documents.map((document) => documents[document]!.id),
    groups: countGroups(values, draft.candidate.documents),
    segments: draft.candidate.segments.map((segment) => reference(analysis.segments[segment]!, documents)),
    quotes: draft.quotes,
    stub: stubs[index]!,
    reach: reach[index]!,
  }));
  return {
    documents: documents.length,
    segments: analysis.segments.length,
    codebooks: codebooks.map((codebook) => ({ id: codebook.id, version: codebook.version })),
    language: settings.outputLanguage,
    minInterviews: settings.minInterviews,
    gapTokens: analysis.gapTokens,
    reachedTokens: analysis.reachedTokens,
    terms: analysis.terms,
    candidates,
    themeId,
    coverage: coverageGap(documents),
  };
}

interface Draft {
  readonly candidate: CandidateTerms;
  readonly quotes: readonly SuggestQuote[];
  readonly stub: CodeStub;
}

function draftCandidate(
  candidate: CandidateTerms,
  analysis: GapAnalysis,
  documents: readonly SuggestDocument[],
  settings: SuggestSettings,
  taken: Set<string>,
  noneSentences: readonly string[],
): Draft {
  const { segments, keys } = analysis;
  const evidence = candidateEvidence(segments, candidate.segments, candidate.terms, keys);
  const picked = pickEvidence(segments, evidence, QUOTES);
  const quotes = picked.map((entry) => quote(segments[entry.segment]!, documents, entry));
  const match = stubPatterns(candidate.terms, settings.language);
  const own = probeMatcher(settings.language, [{ id: 'stub', match }]);
  const coded = (text: string) => probeCodes(own, text).has('stub');
  const examples: StubExample[] = [];
  for (const entry of pickEvidence(segments, evidence, evidence.length)) {
    if (examples.length >= QUOTES) break;
    const words = segments[entry.segment]!;
    const sentence = entry.occurrences.map((occurrence) => sentenceAround(words, occurrence.positions[0]!)).find(coded);
    if (sentence !== undefined && !examples.some((example) => example.text === sentence))
      examples.push({ text: sentence, expect: 'match', note: null, also: [] });
  }
  const none = noneSentences.find((sentence) => !coded(sentence));
  if (none !== undefined)
    examples.push({
      text: none,
      expect: 'none',
      note:
        settings.outputLanguage === 'nl'
          ? 'Zin van een andere code; vervang door een zin die er bijna onder valt.'
          : "Another code's sentence; replace with a near miss.",
      also: [],
    });
  const words = namingTerms(candidate.terms).slice(0, 2);
  return { candidate, quotes, stub: { id: stubId(words, taken), label: stubLabel(candidate.terms), match, examples } };
}

function quote(words: SegmentWords, documents: readonly SuggestDocument[], entry: SegmentEvidence): SuggestQuote {
  const hits = entry.occurrences.map((occurrence) => ({
    start: words.tokens[occurrence.positions[0]!]!.start,
    end: words.tokens[occurrence.positions.at(-1)!]!.end,
  }));
  return { ...reference(words, documents), markdown: formatQuote(words.segment.text, hits) };
}

function reference(words: SegmentWords, documents: readonly SuggestDocument[]): SegmentRef {
  const { segment } = words;
  return { document: documents[words.document]!.id, segment: segment.index, lineStart: segment.lineStart, lineEnd: segment.lineEnd };
}

/** How many reached sentences are kept to choose `none` examples from. */
const NONE_SENTENCES = 50;

/** Sentences the codebooks reach, of a readable length, in corpus order: `none` examples for the stubs. */
function reachedSentences(segments: readonly SegmentWords[]): string[] {
  const sentences: string[] = [];
  for (const words of segments) {
    let clause = -1;
    for (let position = 0; position < words.tokens.length && sentences.length < NONE_SENTENCES; position++) {
      if (!words.reached[position] || words.tokens[position]!.clause === clause) continue;
      clause = words.tokens[position]!.clause;
      const sentence = sentenceAround(words, position);
      if (sentence.length >= 40 && sentence.length <= 200) sentences.push(sentence);
    }
    if (sentences.length >= NONE_SENTENCES) break;
  }
  return sentences;
}
