import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binaryKappa, countBinary } from '../../src/agree/stats/binary-table.js';
import { binaryAlpha } from '../../src/agree/stats/code-agreement.js';
import { cohenKappa, type Contingency, contingencyTable, type KappaWeights } from '../../src/agree/stats/cohen-kappa.js';
import { countRatings, fleissKappa } from '../../src/agree/stats/fleiss-kappa.js';
import { krippendorffAlpha, type MeasurementLevel } from '../../src/agree/stats/krippendorff-alpha.js';

// Published values, see test/fixtures/agreement/SOURCE.md.
function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/agreement/${name}`, import.meta.url), 'utf8')) as T;
}

/** |actual - expected| <= tolerance, with a message that shows both. */
function expectClose(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `computed ${actual}, published ${expected} ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

interface AlphaFile {
  data: (number | null)[][];
  expected: { level: MeasurementLevel; value: number; tolerance: number }[];
}

describe("Krippendorff's alpha against published values", () => {
  for (const name of [
    'kalpha_krippendorff2011_4coders_12units.json',
    'kalpha_wikipedia_3coders_15units.json',
    'kalpha_krippendorff2004_binary_2coders.json',
  ]) {
    const file = fixture<AlphaFile>(name);
    for (const { level, value, tolerance } of file.expected) {
      it(`${name} ${level} = ${value}`, () => {
        expectClose(krippendorffAlpha(file.data, level), value, tolerance);
      });
    }
  }

  it('the closed form for a 2x2 table equals the general alpha (Krippendorff 2004 binary data)', () => {
    const { data } = fixture<AlphaFile>('kalpha_krippendorff2004_binary_2coders.json');
    const table = countBinary(data[0]!.map(Boolean), data[1]!.map(Boolean));
    expectClose(binaryAlpha(table), krippendorffAlpha(data), 1e-12);
    expectClose(binaryAlpha(table), 0.0952, 0.001);
  });

  it('reads category labels as well as numbers (nominal)', () => {
    const { data } = fixture<AlphaFile>('kalpha_wikipedia_3coders_15units.json');
    const labelled = data.map((row) => row.map((value) => (value === null ? null : `c${value}`)));
    expectClose(krippendorffAlpha(labelled), 0.691358, 5e-7);
    expect(() => krippendorffAlpha(labelled, 'interval')).toThrow(/numeric/);
  });
});

interface CohenCase {
  name: string;
  rater1: number[];
  rater2: number[];
  contingency?: number[][];
  expected: { weights: 'none' | 'linear' | 'quadratic'; value: number; tolerance: number }[];
}

describe("Cohen's kappa against published values", () => {
  const { cases } = fixture<{ cases: CohenCase[] }>('cohen_kappa_artstein_poesio_sklearn.json');
  for (const entry of cases) {
    for (const { weights, value, tolerance } of entry.expected) {
      it(`${entry.name}, weights ${weights} = ${value}`, () => {
        expectClose(cohenKappa(contingencyTable(entry.rater1, entry.rater2), weights), value, tolerance);
      });
    }
  }

  it('Artstein & Poesio table 1: the 2x2 kappa equals the general kappa, is symmetric and 1 against itself', () => {
    const entry = cases[0]!;
    expect(contingencyTable(entry.rater1, entry.rater2)).toEqual(entry.contingency);
    const table = countBinary(entry.rater1.map(Boolean), entry.rater2.map(Boolean));
    expectClose(binaryKappa(table), 0.348, 0.0005);
    expect(cohenKappa(contingencyTable(entry.rater2, entry.rater1))).toBeCloseTo(binaryKappa(table), 12);
    expect(cohenKappa(contingencyTable(entry.rater1, entry.rater1))).toBe(1);
    // Four more units labelled 2 by both, left out by restricting the categories to 0 and 1.
    const restricted = contingencyTable([...entry.rater1, 2, 2, 2, 2], [...entry.rater2, 2, 2, 2, 2], [0, 1]);
    expect(cohenKappa(restricted)).toBeCloseTo(binaryKappa(table), 12);
  });

  it('SAS PROC FREQ example: unweighted 0.4842 and linear 0.4701', () => {
    const file = fixture<{ contingency: number[][]; expected: { kappa: number; tolerance: number }[] }>(
      'cohen_kappa_sas_example_statsmodels.json',
    );
    expectClose(cohenKappa(file.contingency), file.expected[0]!.kappa, file.expected[0]!.tolerance);
    expectClose(cohenKappa(file.contingency, 'linear'), file.expected[1]!.kappa, file.expected[1]!.tolerance);
    expectClose(cohenKappa(file.contingency, { byDistance: [0, 1, 2] }), file.expected[1]!.kappa, file.expected[1]!.tolerance);
  });

  describe('R irr kappa2 on the anxiety data', () => {
    const file = fixture<{
      rater1: number[];
      rater2: number[];
      rater3: number[];
      expected: { call: string; value: number }[];
      tolerance: number;
    }>('cohen_kappa_irr_anxiety.json');
    // kappa2(anxiety[,a:b], w): columns 1..3 are rater1..rater3; weights by level position.
    const raters = [file.rater1, file.rater2, file.rater3];
    for (const { call, value } of file.expected) {
      it(`${call} = ${value}`, () => {
        const [, first, last, weightText] = /anxiety\[,(\d):(\d)\](?:, (.+))?\)$/.exec(call)!;
        const table: Contingency = contingencyTable(raters[Number(first) - 1]!, raters[Number(last) - 1]!);
        expectClose(cohenKappa(table, irrWeights(weightText)), value, file.tolerance);
      });
    }
  });
});

/** The weights of an irr kappa2 call: "equal" is linear, "squared" quadratic, c(...) by distance. */
function irrWeights(text: string | undefined): KappaWeights {
  if (text === undefined) return 'none';
  if (text === '"equal"') return 'linear';
  if (text === '"squared"') return 'quadratic';
  return { byDistance: text.slice(2, -1).split(',').map(Number) };
}

describe("Fleiss' kappa against published values", () => {
  it('Fleiss (1971) diagnoses, 30 subjects x 6 raters: 0.4302445, category totals 26 26 30 55 43', () => {
    const file = fixture<{ data: number[][]; expected: { value: number; tolerance: number }[] }>('fleiss_kappa_irr_diagnoses.json');
    const counted = countRatings(file.data);
    expect(counted.categories).toEqual([1, 2, 3, 4, 5]);
    expect(counted.categories.map((_, column) => counted.counts.reduce((total, row) => total + row[column]!, 0))).toEqual([
      26, 26, 30, 55, 43,
    ]);
    expectClose(fleissKappa(counted.counts), file.expected[0]!.value, file.expected[0]!.tolerance);
  });

  it('Wikipedia worked example, 10 subjects x 14 raters as counts: 0.210', () => {
    const file = fixture<{ data: number[][]; expected: { value: number; tolerance: number }[] }>('fleiss_kappa_wikipedia_counts.json');
    expectClose(fleissKappa(file.data), file.expected[0]!.value, file.expected[0]!.tolerance);
  });
});
