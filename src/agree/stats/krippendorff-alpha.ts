import { ratio } from './binary-table.js';
import { sortedLabels } from './cohen-kappa.js';

/** The level of measurement, which sets how far apart two values are (Krippendorff 2011). */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** A coder's value for a unit; null (or undefined) when the coder did not code it. */
export type ReliabilityValue = string | number | null | undefined;

/**
 * Krippendorff's alpha over a reliability data matrix (rows are coders, columns units), any
 * number of coders, missing values allowed: 1 - D_o / D_e from the coincidence matrix. Units with
 * fewer than two values are not pairable and left out. Ordinal, interval and ratio need numbers.
 * NaN when alpha is not defined: fewer than two pairable values, or no variation at all (every
 * pairable value the same, so D_e is 0; perfect agreement on one value is not evidence of
 * reliability, so it is not 1).
 */
export function krippendorffAlpha(data: readonly (readonly ReliabilityValue[])[], level: MeasurementLevel = 'nominal'): number {
  const { values, coincidences } = coincidenceMatrix(data);
  if (level !== 'nominal' && values.some((value) => typeof value !== 'number')) {
    throw new TypeError(`${level} alpha needs numeric values`);
  }
  const marginals = coincidences.map((row) => row.reduce((total, count) => total + count, 0));
  const n = marginals.reduce((total, count) => total + count, 0);
  const distance = distanceFunction(level, values as number[], marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      if (c === k) continue;
      const delta = distance(c, k);
      observed += coincidences[c]![k]! * delta;
      expected += marginals[c]! * marginals[k]! * delta;
    }
  }
  if (n < 2) return Number.NaN;
  return 1 - (n - 1) * ratio(observed, expected);
}

/** The values that occur (sorted) and their coincidence matrix o_ck. */
export function coincidenceMatrix(data: readonly (readonly ReliabilityValue[])[]): {
  values: (string | number)[];
  coincidences: number[][];
} {
  const units = Math.max(0, ...data.map((row) => row.length));
  const columns: (string | number)[][] = [];
  for (let unit = 0; unit < units; unit++) {
    const column = data.map((row) => row[unit]).filter((value): value is string | number => value !== null && value !== undefined);
    if (column.length >= 2) columns.push(column);
  }
  const values = sortedLabels(columns.flat());
  const position = new Map(values.map((value, index) => [value, index]));
  const coincidences = values.map(() => values.map(() => 0));
  for (const column of columns) {
    // Each ordered pair of values from different coders counts 1 / (m_u - 1).
    const share = 1 / (column.length - 1);
    column.forEach((first, i) => {
      column.forEach((second, j) => {
        if (i !== j) coincidences[position.get(first)!]![position.get(second)!]! += share;
      });
    });
  }
  return { values, coincidences };
}

/** Squared difference function delta^2(c, k) over value positions. */
function distanceFunction(
  level: MeasurementLevel,
  values: readonly number[],
  marginals: readonly number[],
): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (values[c]! - values[k]!) ** 2;
    case 'ratio':
      return (c, k) => ((values[c]! - values[k]!) / (values[c]! + values[k]!)) ** 2;
    case 'ordinal': {
      // (Σ_{g between c and k} n_g - (n_c + n_k) / 2)^2, over the ranks of the values.
      const cumulative = [0];
      for (const count of marginals) cumulative.push(cumulative[cumulative.length - 1]! + count);
      return (c, k) => {
        const low = Math.min(c, k);
        const high = Math.max(c, k);
        return (cumulative[high + 1]! - cumulative[low]! - (marginals[c]! + marginals[k]!) / 2) ** 2;
      };
    }
  }
}
