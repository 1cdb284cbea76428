import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cooccurrence } from '../../src/aggregate/cooccurrence.js';
import { buildCorpus } from '../../src/aggregate/corpus.js';
import { codePrevalence, themePrevalence } from '../../src/aggregate/prevalence.js';
import type { ResultDocument } from '../../src/model/result.js';
import { makeResult } from './make-result.js';
import { referenceCount, referencePairs, referenceQuotes, referenceSegments, themeIds } from './reference.js';

const THEMES = { t1: ['a', 'b', 'c'], t2: ['d'], t3: ['e', 'f'] };
const CODES = Object.values(THEMES).flat();

/** A coding of a segment: a code, negated or not, with hits of one to three distinct patterns. */
const codingArbitrary = fc.record({
  code: fc.constantFrom(...CODES),
  negated: fc.boolean(),
  patterns: fc.array(fc.constantFrom('p1', 'p2', 'p3'), { minLength: 1, maxLength: 4 }),
});
const segmentArbitrary = fc.record({
  coded: fc.boolean(),
  speaker: fc.option(fc.constantFrom('R', 'S', 'I'), { nil: null }),
  length: fc.integer({ min: 20, max: 700 }),
  codings: fc.array(codingArbitrary, { maxLength: 4 }),
});
const corpusArbitrary = fc.array(fc.array(segmentArbitrary, { maxLength: 8 }), { minLength: 1, maxLength: 12 });

type Generated = typeof corpusArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Documents of the generated shape: a segment's text of the given length, its codings with their hits. */
function documentsOf(corpus: Generated): ResultDocument[] {
  return corpus.map((segments, position) => ({
    ...makeResult(THEMES, [{ id: `d${position}`, segments: [] }]).documents[0]!,
    segments: segments.map((spec, index) => ({
      index: index + 1,
      speaker: spec.speaker,
      role: 'respondent' as const,
      section: null,
      time: null,
      start: { line: index + 1, column: 1, offset: index },
      end: { line: index + 1, column: 2, offset: index + 1 },
      codePointStart: index,
      codePointEnd: index + 1,
      coded: spec.coded,
      words: 1,
      text: 'x'.repeat(spec.length),
      codings: spec.codings.map((coding) => ({
        theme: Object.entries(THEMES).find(([, codes]) => codes.includes(coding.code))![0],
        code: coding.code,
        negated: coding.negated,
        hits: coding.patterns.map((pattern) => ({
          pattern,
          textStart: 0,
          textEnd: 1,
          sourceStart: 0,
          sourceEnd: 1,
          text: 'x',
          negated: coding.negated,
          cue: null,
        })),
      })),
    })),
  }));
}

describe('the report counts a corpus one document at a time', () => {
  it('as it did holding every segment: prevalence, co-occurrence and quotes', () => {
    fc.assert(
      fc.property(corpusArbitrary, fc.integer({ min: 0, max: 5 }), (generated, count) => {
        const documents = documentsOf(generated);
        const result = { ...makeResult(THEMES, []), documents };
        const corpus = buildCorpus(result, count);
        const reference = referenceSegments(documents);
        for (const entry of codePrevalence(corpus.codes, corpus.documents))
          expect(entry).toMatchObject(referenceCount([entry.code.id], reference));
        for (const entry of themePrevalence(corpus.themes, corpus.documents))
          expect(entry).toMatchObject(referenceCount(themeIds(entry.theme), reference));
        const pairs = cooccurrence(corpus);
        const segmentUnits = reference.flatMap((document) => document.segments.map((segment) => segment.present));
        expect(pairs.filter((pair) => pair.level === 'segment').map((pair) => [pair.a.id, pair.b.id, pair.both, pair.either])).toEqual(
          referencePairs(corpus.codes, segmentUnits),
        );
        expect(pairs.filter((pair) => pair.level === 'document').map((pair) => [pair.a.id, pair.b.id, pair.both, pair.either])).toEqual(
          referencePairs(
            corpus.codes,
            reference.map((document) => document.present),
          ),
        );
        for (const code of CODES) {
          const chosen = corpus.quotes.get(code)!;
          expect({
            quotes: chosen.quotes.map((quote) => `${quote.document.id}:${quote.segment.index}`),
            negated: chosen.negated && `${chosen.negated.document.id}:${chosen.negated.segment.index}`,
          }).toEqual(referenceQuotes(reference, code, count));
        }
      }),
      { numRuns: 300 },
    );
  });
});
