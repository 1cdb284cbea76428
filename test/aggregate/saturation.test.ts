import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/aggregate/corpus.js';
import { findSaturation, interviewOrder, saturationSteps, SATURATION_SENSITIVITY } from '../../src/aggregate/saturation.js';
import { unreadableDates } from '../../src/aggregate/interview-date.js';
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
    expect(findSaturation(sequence, { base: 4, run: 2, threshold: 0 })).toEqual({
      parameters: { base: 4, run: 2, threshold: 0 },
      baseCodes: 5,
      point: 4,
    });
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
    expect(findSaturation(sequence, { base: 4, run: 2, threshold: 0.05 })).toEqual({
      parameters: { base: 4, run: 2, threshold: 0.05 },
      baseCodes: 4,
      point: null,
    });
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

  it('orders Dutch, named and short ISO dates by the day they name, not as text', () => {
    const corpus = buildCorpus(
      makeResult({ t: ['a'] }, [
        { id: 'dutch', attributes: { datum: '12-03-2025' }, segments: [['a']] },
        { id: 'named', attributes: { datum: '20 maart 2025' }, segments: [['a']] },
        { id: 'short-iso', attributes: { datum: '2025-3-5' }, segments: [['a']] },
        { id: 'english', attributes: { date: 'February 3, 2025' }, segments: [['a']] },
        { id: 'slashes', attributes: { datum: '03/04/2025' }, segments: [['a']] },
      ]),
    );
    expect(interviewOrder(corpus.documents).map((document) => document.id)).toEqual(['english', 'short-iso', 'dutch', 'named', 'slashes']);
  });

  it('puts a date that cannot be read with the undated interviews, in file order, and warns naming document and value', () => {
    const corpus = buildCorpus(
      makeResult({ t: ['a'] }, [
        { id: 'impossible', attributes: { datum: '31-02-2025' }, segments: [['a']] },
        { id: 'undated', segments: [['a']] },
        { id: 'vague', attributes: { datum: 'voorjaar 2025' }, segments: [['a']] },
        { id: 'dated', attributes: { datum: '1 april 2025' }, segments: [['a']] },
      ]),
    );
    expect(interviewOrder(corpus.documents).map((document) => document.id)).toEqual(['dated', 'impossible', 'undated', 'vague']);
    expect(corpus.documents.map((document) => document.date)).toEqual([null, null, null, '1 april 2025']);
    expect(unreadableDates(corpus.documents)).toEqual([
      {
        file: 'impossible.md',
        severity: 'warning',
        reason:
          'datum "31-02-2025" is not a date: February 2025 has 28 days; code saturation puts impossible with the undated interviews, after the dated ones, in file order',
        ruleId: 'unreadable-date',
      },
      {
        file: 'vague.md',
        severity: 'warning',
        reason:
          'datum "voorjaar 2025" is not a date: not a form rodedraad reads (write 2025-03-12, 12-03-2025 or 12 maart 2025); code saturation puts vague with the undated interviews, after the dated ones, in file order',
        ruleId: 'unreadable-date',
      },
    ]);
  });

  it('has the sensitivity grid b in {4,5,6}, r in {2,3}, t in {0, 0.05}', () => {
    expect(SATURATION_SENSITIVITY.map((p) => `${p.base}+${p.run}@${p.threshold}`)).toEqual([
      '4+2@0',
      '4+2@0.05',
      '4+3@0',
      '4+3@0.05',
      '5+2@0',
      '5+2@0.05',
      '5+3@0',
      '5+3@0.05',
      '6+2@0',
      '6+2@0.05',
      '6+3@0',
      '6+3@0.05',
    ]);
  });
});
