import { describe, expect, it } from 'vitest';
import { cooccurrence } from '../../src/aggregate/cooccurrence.js';
import { buildCorpus } from '../../src/aggregate/corpus.js';
import { groupBy, isRedThread, onlyGroup } from '../../src/aggregate/groups.js';
import { codePrevalence, themePrevalence } from '../../src/aggregate/prevalence.js';
import { makeResult } from './make-result.js';

// Four interviews, worked out by hand:
//   d1 (A): [a] [a b]      d2 (A): [b]      d3 (B): [a c]      d4 (no gemeente): [] [not a]
const corpus = buildCorpus(
  makeResult({ t1: ['a', 'b'], t2: ['c'] }, [
    { id: 'd1', attributes: { gemeente: 'A' }, segments: [['a'], ['a', 'b']] },
    { id: 'd2', attributes: { gemeente: 'A' }, segments: [['b']] },
    { id: 'd3', attributes: { gemeente: 'B' }, segments: [['a', 'c']] },
    { id: 'd4', segments: [[], ['!a']] },
  ]),
);

describe('prevalence', () => {
  it('counts documents, share, segments, speakers and negated mentions per code, ranked', () => {
    expect(
      codePrevalence(corpus.codes, corpus.documents).map((entry) => [
        entry.rank,
        entry.code.id,
        entry.documents,
        entry.share,
        entry.segments,
        entry.speakers,
        entry.negatedSegments,
      ]),
    ).toEqual([
      [1, 'a', 2, 0.5, 3, 2, 1],
      [2, 'b', 2, 0.5, 2, 2, 0],
      [3, 'c', 1, 0.25, 1, 1, 0],
    ]);
  });

  it('counts a theme where any of its codes is present', () => {
    expect(
      themePrevalence(corpus.themes, corpus.documents).map((entry) => [entry.theme.id, entry.documents, entry.share, entry.segments]),
    ).toEqual([
      ['t1', 3, 0.75, 4],
      ['t2', 1, 0.25, 1],
    ]);
  });
});

describe('groups', () => {
  const byGemeente = groupBy(corpus, 'gemeente');

  it('splits documents by attribute value, documents without it last', () => {
    expect(byGemeente.groups.map((group) => [group.value, group.documents.map((document) => document.id)])).toEqual([
      ['A', ['d1', 'd2']],
      ['B', ['d3']],
      [null, ['d4']],
    ]);
  });

  it('gives prevalence within each group', () => {
    const shares = byGemeente.groups.map((group) => group.codes.find((entry) => entry.code.id === 'a')!.share);
    expect(shares).toEqual([0.5, 1, 0]);
    expect(byGemeente.groups[0]!.themes.find((entry) => entry.theme.id === 't1')!.share).toBe(1);
  });

  it('marks red threads: at least the minimum share, and in two groups or more', () => {
    const prevalence = codePrevalence(corpus.codes, corpus.documents);
    const a = prevalence.find((entry) => entry.code.id === 'a')!;
    const b = prevalence.find((entry) => entry.code.id === 'b')!;
    expect(isRedThread(a, 0.5, [])).toBe(true);
    expect(isRedThread(a, 0.5, [byGemeente])).toBe(true);
    expect(isRedThread(b, 0.5, [byGemeente])).toBe(false);
    expect(isRedThread(a, 0.6, [])).toBe(false);
  });

  it('finds a code specific to one group', () => {
    expect(onlyGroup(byGemeente, 'b', 'code', 2)?.value).toBe('A');
    expect(onlyGroup(byGemeente, 'a', 'code', 2)).toBeNull();
  });
});

describe('co-occurrence', () => {
  it('counts pairs and Jaccard at segment and document level', () => {
    expect(cooccurrence(corpus).map((entry) => [entry.level, entry.a.id, entry.b.id, entry.both, entry.either, entry.jaccard])).toEqual([
      ['segment', 'a', 'b', 1, 4, 0.25],
      ['segment', 'a', 'c', 1, 3, 1 / 3],
      ['document', 'a', 'b', 1, 3, 1 / 3],
      ['document', 'a', 'c', 1, 2, 0.5],
    ]);
  });
});

describe('quotes', () => {
  it('takes the strongest quotes from distinct documents and keeps a negated mention apart', () => {
    const { quotes, negated } = corpus.quotes.get('a')!;
    // d1 has two segments of equal strength; the longer one reads better (both are short).
    expect(quotes.map((quote) => `${quote.document.id}:${quote.segment.index}`)).toEqual(['d1:2', 'd3:1']);
    expect(negated && `${negated.document.id}:${negated.segment.index}`).toBe('d4:2');
  });
});
