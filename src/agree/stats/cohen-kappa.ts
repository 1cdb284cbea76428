import { ratio } from './binary-table.js';

/** A square table of counts: rows are the first coder's category, columns the second's. */
export type Contingency = readonly (readonly number[])[];

/**
 * How much a disagreement between category positions i and j weighs: `none` (every disagreement
 * 1), `linear` (|i - j|), `quadratic` ((i - j)^2), weights by distance (`byDistance[|i - j|]`, as
 * R irr's kappa2 with a numeric weight vector), or a full matrix. Positions, not category values.
 */
export type KappaWeights = 'none' | 'linear' | 'quadratic' | { readonly byDistance: readonly number[] } | Contingency;

/** Two coders' labels of the same units as a contingency table over `categories` (default: the sorted labels that occur). */
export function contingencyTable<T extends string | number>(
  first: readonly T[],
  second: readonly T[],
  categories: readonly T[] = sortedLabels([...first, ...second]),
): Contingency {
  if (first.length !== second.length) throw new RangeError(`the coders labelled ${first.length} and ${second.length} units`);
  const position = new Map(categories.map((category, index) => [category, index]));
  const table = categories.map(() => categories.map(() => 0));
  first.forEach((label, unit) => {
    const row = position.get(label);
    const column = position.get(second[unit]!);
    // Units with a label outside `categories` are left out, as scikit-learn does with `labels=`.
    if (row !== undefined && column !== undefined) table[row]![column]!++;
  });
  return table;
}

/**
 * Cohen's kappa, 1 - Σ w·observed / Σ w·expected with expected counts from the marginals; with
 * `none` weights this is (p_o - p_e) / (1 - p_e). NaN when it is not defined (no units, or chance
 * disagreement 0: both coders used one and the same category throughout).
 */
export function cohenKappa(table: Contingency, weights: KappaWeights = 'none'): number {
  const size = table.length;
  const rows = table.map((row) => sum(row));
  const columns = table.map((_, column) => sum(table.map((row) => row[column] ?? 0)));
  const total = sum(rows);
  if (total === 0) return Number.NaN;
  const weight = weightFunction(weights, size);
  let observed = 0;
  let expected = 0;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const w = weight(row, column);
      observed += w * (table[row]![column] ?? 0);
      expected += (w * rows[row]! * columns[column]!) / total;
    }
  }
  return 1 - ratio(observed, expected);
}

function weightFunction(weights: KappaWeights, size: number): (row: number, column: number) => number {
  if (weights === 'none') return (row, column) => (row === column ? 0 : 1);
  if (weights === 'linear') return (row, column) => Math.abs(row - column);
  if (weights === 'quadratic') return (row, column) => (row - column) ** 2;
  if ('byDistance' in weights) {
    const { byDistance } = weights;
    if (byDistance.length < size) throw new RangeError(`${size} categories need ${size} distance weights, got ${byDistance.length}`);
    return (row, column) => byDistance[Math.abs(row - column)]!;
  }
  if (weights.length !== size) throw new RangeError(`a ${size}x${size} table needs a ${size}x${size} weight matrix`);
  return (row, column) => weights[row]![column] ?? 0;
}

/** Distinct labels, numbers in numeric order and strings in code-point order. */
export function sortedLabels<T extends string | number>(labels: readonly T[]): T[] {
  return [...new Set(labels)].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
