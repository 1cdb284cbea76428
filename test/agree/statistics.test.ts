import { describe, expect, it } from 'vitest';
import { type BinaryTable, countBinary, f1, percentAgreement, precision, recall } from '../../src/agree/stats/binary-table.js';
import { agreementOfTable, codeAgreement, overallAgreement } from '../../src/agree/stats/code-agreement.js';
import { cohenKappa, contingencyTable } from '../../src/agree/stats/cohen-kappa.js';
import { countRatings, fleissKappa } from '../../src/agree/stats/fleiss-kappa.js';
import { krippendorffAlpha } from '../../src/agree/stats/krippendorff-alpha.js';

const table = (both: number, onlyReference: number, onlyCandidate: number, neither: number): BinaryTable => ({
  both,
  onlyReference,
  onlyCandidate,
  neither,
});

describe('per-code figures', () => {
  it('counts the four cells and reads precision, recall, F1 and agreement from them', () => {
    const reference = [true, true, true, false, false, false, true, false];
    const candidate = [true, false, true, true, false, false, true, false];
    const result = codeAgreement(reference, candidate);
    expect(result).toMatchObject({ both: 3, onlyReference: 1, onlyCandidate: 1, neither: 3 });
    expect(result.precision).toBe(0.75);
    expect(result.recall).toBe(0.75);
    expect(result.f1).toBe(0.75);
    expect(result.percentAgreement).toBe(0.75);
    expect(result.kappa).toBeCloseTo(0.5, 12);
    // alpha = 1 - (n - 1)(b + c) / (n_0 n_1) = 1 - 15 * 2 / (8 * 8)
    expect(result.alpha).toBeCloseTo(1 - 30 / 64, 12);
    expect(result.alpha).toBeCloseTo(krippendorffAlpha([reference.map(Number), candidate.map(Number)]), 12);
  });

  it('refuses vectors of different length', () => {
    expect(() => countBinary([true], [true, false])).toThrow(/1 units and the candidate 2/);
  });
});

describe('edge cases are defined and never throw', () => {
  it('no positives at all: agreement 1, precision/recall/F1/kappa/alpha not defined (NaN)', () => {
    const result = agreementOfTable(table(0, 0, 0, 12));
    expect(result.percentAgreement).toBe(1);
    for (const figure of [result.precision, result.recall, result.f1, result.kappa, result.alpha]) expect(figure).toBeNaN();
  });

  it('perfect agreement with both classes present: every figure 1', () => {
    const result = agreementOfTable(table(4, 0, 0, 6));
    expect([result.precision, result.recall, result.f1, result.kappa, result.alpha, result.percentAgreement]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('perfect agreement on "present" everywhere: F1 1, kappa and alpha NaN (no variation)', () => {
    const result = agreementOfTable(table(5, 0, 0, 0));
    expect(result.f1).toBe(1);
    expect(result.kappa).toBeNaN();
    expect(result.alpha).toBeNaN();
  });

  it('a single unit: agreement is 0 or 1, kappa NaN when they agree, alpha 0 when they do not', () => {
    expect(agreementOfTable(table(1, 0, 0, 0)).kappa).toBeNaN();
    const split = agreementOfTable(table(0, 1, 0, 0));
    expect(split.percentAgreement).toBe(0);
    expect(split.f1).toBe(0);
    expect(split.alpha).toBe(0);
    expect(krippendorffAlpha([[1], [0]])).toBe(0);
  });

  it('zero units and all missing values: NaN everywhere', () => {
    const empty = agreementOfTable(table(0, 0, 0, 0));
    expect(Object.values(empty).filter((value) => !Number.isNaN(value))).toEqual([0, 0, 0, 0]);
    expect(
      krippendorffAlpha([
        [null, null],
        [null, undefined],
      ]),
    ).toBeNaN();
    expect(krippendorffAlpha([])).toBeNaN();
    expect(fleissKappa([])).toBeNaN();
    expect(
      fleissKappa(
        countRatings([
          [null, 1],
          [2, null],
        ]).counts,
      ),
    ).toBeNaN();
    expect(
      cohenKappa([
        [0, 0],
        [0, 0],
      ]),
    ).toBeNaN();
  });

  it('Fleiss and Cohen with one category throughout: NaN; with full agreement over two categories: 1', () => {
    expect(
      fleissKappa(
        countRatings([
          [1, 1, 1],
          [1, 1, 1],
        ]).counts,
      ),
    ).toBeNaN();
    expect(
      fleissKappa(
        countRatings([
          [1, 1, 1],
          [2, 2, 2],
        ]).counts,
      ),
    ).toBe(1);
    expect(cohenKappa(contingencyTable(['a', 'a'], ['a', 'a']))).toBeNaN();
    expect(
      krippendorffAlpha(
        [
          [3, 3, 3],
          [3, 3, 3],
        ],
        'interval',
      ),
    ).toBeNaN();
  });

  it('Fleiss with unequal numbers of raters uses each subject own count', () => {
    // Subject 3 has one rating only and is left out; the other two give P_i = 1 and 1/3, and
    // the category shares are 4/6 and 2/6: kappa = (2/3 - 5/9) / (1 - 5/9) = 1/4.
    expect(
      fleissKappa(
        countRatings([
          [1, 1, 1],
          [1, 2, 2],
          [2, null, null],
        ]).counts,
      ),
    ).toBeCloseTo(0.25, 12);
    expect(
      fleissKappa(
        countRatings([
          [1, 1, 1],
          [1, 2, 2],
          [2, null, null],
          [null, 2, null],
        ]).counts,
      ),
    ).toBeCloseTo(0.25, 12);
  });
});

describe('overall figures', () => {
  it('micro F1 pools the cells, macro F1 averages the codes where F1 is defined, pooled kappa uses the pooled table', () => {
    const tables = [table(8, 2, 0, 90), table(1, 1, 3, 95), table(0, 0, 0, 100)];
    const result = overallAgreement(tables);
    expect(result.microF1).toBeCloseTo(f1(table(9, 3, 3, 285)), 12);
    expect(result.microF1).toBeCloseTo(18 / 24, 12);
    expect(result.macroCodes).toBe(2);
    expect(result.macroF1).toBeCloseTo((16 / 18 + 2 / 6) / 2, 12);
    expect(result.pooledKappa).toBeCloseTo(agreementOfTable(table(9, 3, 3, 285)).kappa, 12);
  });

  it('no codes or no positives at all: micro and macro F1 and pooled kappa are NaN', () => {
    for (const tables of [[], [table(0, 0, 0, 4)]]) {
      const result = overallAgreement(tables);
      expect([result.microF1, result.macroF1, result.pooledKappa].every(Number.isNaN)).toBe(true);
      expect(result.macroCodes).toBe(0);
    }
  });

  it('precision and recall swap when reference and candidate swap', () => {
    const forward = table(3, 1, 2, 4);
    const backward = table(3, 2, 1, 4);
    expect(precision(forward)).toBe(recall(backward));
    expect(percentAgreement(forward)).toBe(percentAgreement(backward));
  });
});
