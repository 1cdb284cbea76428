import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/aggregate/corpus.js';
import { findSaturation, interviewOrder, saturationSteps, SATURATION_SENSITIVITY } from '../../src/aggregate/saturation.js';
import { makeResult, type DocumentSpec } from './make-result.js';

/** Steps of a sequence of interviews, each given as its codes. */
function steps(interviews: readonly (readonly string[])[]) {
  const codes = [...new Set(interviews.flat())];
  const documents: DocumentSpec[] = interviews.map((present, index) => ({ id: `i${index + 1}`, segments: [present] }));
  const corpus = buildCorpus(makeResult({ t: codes }, documents));
  return saturationSteps(interviewOrder(corpus.documents), corpus.codes);
}

const five = (prefix: string) => [1, 2, 3, 4, 5].map((n) => `${prefix}${n}`);

describe('code saturation (Guest, Namey & Chen 2020)', () => {
  it('counts new codes per interview and the codes known so far', () => {
    const sequence = steps([['a', 'b'], ['b', 'c'], ['a']]);
    expect(sequence.map((step) => [step.newCodes, step.cumulative])).toEqual([
      [['a', 'b'], 2],
      [['c'], 3],
      [[], 3],
    ]);
  });

  it('saturates at 4+2 when interviews 5 and 6 add nothing to the 5 codes of the base', () => {
    const sequence = steps([['a', 'b'], ['c'], ['d'], ['e'], ['a'], ['b']]);
    expect(findSaturation(sequence, { base: 4, run: 2, threshold: 0 })).toEqual({ parameters: { base: 4, run: 2, threshold: 0 }, baseCodes: 5, point: 4 });
  });

  it('saturates at 6+2 only with a 5% threshold: 1 new code against a base of 20', () => {
    const sequence = steps([five('p'), five('q'), five('r'), five('s'), ['x1', 'x2'], ['x3'], ['x4'], []]);
    expect(findSaturation(sequence, { base: 4, run: 2, threshold: 0.05 }).point).toBe(6);
    expect(findSaturation(sequence, { base: 4, run: 2, threshold: 0 }).point).toBeNull();
  });

  it('is not reached when every run brings new codes', () => {
    const sequence = steps([['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h']]);
    expect(findSaturation(sequence, { base: 4, run: 2, threshold: 0.05 }).point).toBeNull();
  });

  it('is not reached when there are fewer interviews than b + r', () => {
    const sequence = steps([['a'], ['b'], ['c'], ['d'], ['a']]);
    expect(findSaturation(sequence, { base: 4, run: 2, threshold: 0.05 })).toEqual({ parameters: { base: 4, run: 2, threshold: 0.05 }, baseCodes: 4, point: null });
  });

  it('is not reached when the base has no codes at all', () => {
    expect(findSaturation(steps([[], [], [], [], [], []]), { base: 4, run: 2, threshold: 0.05 }).point).toBeNull();
  });

  it('orders interviews by date, then file order, undated last', () => {
    const corpus = buildCorpus(
      makeResult({ t: ['a'] }, [
        { id: 'late', attributes: { datum: '2025-03-02' }, segments: [['a']] },
        { id: 'undated', segments: [['a']] },
        { id: 'early', attributes: { datum: '2025-02-10' }, segments: [['a']] },
        { id: 'also-early', attributes: { date: '2025-02-10' }, segments: [['a']] },
      ]),
    );
    expect(interviewOrder(corpus.documents).map((document) => document.id)).toEqual(['early', 'also-early', 'late', 'undated']);
  });

  it('has the sensitivity grid b in {4,5,6}, r in {2,3}, t in {0, 0.05}', () => {
    expect(SATURATION_SENSITIVITY.map((p) => `${p.base}+${p.run}@${p.threshold}`)).toEqual([
      '4+2@0', '4+2@0.05', '4+3@0', '4+3@0.05', '5+2@0', '5+2@0.05', '5+3@0', '5+3@0.05', '6+2@0', '6+2@0.05', '6+3@0', '6+3@0.05',
    ]);
  });
});
