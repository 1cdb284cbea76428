import { ratio } from './binary-table.js';
import { sortedLabels } from './cohen-kappa.js';
import type { ReliabilityValue } from './krippendorff-alpha.js';

/** Per subject, how many raters chose each category: `counts[subject][category]`. */
export interface RatingCounts {
  readonly categories: readonly (string | number)[];
  readonly counts: readonly (readonly number[])[];
}

/** Aggregate ratings (rows are subjects, columns raters; null when a rater did not rate) into counts per category. */
export function countRatings(ratings: readonly (readonly ReliabilityValue[])[]): RatingCounts {
  const categories = sortedLabels(ratings.flat().filter((value): value is string | number => value !== null && value !== undefined));
  const position = new Map(categories.map((category, index) => [category, index]));
  const counts = ratings.map((row) => {
    const counted = categories.map(() => 0);
    for (const value of row) {
      if (value !== null && value !== undefined) counted[position.get(value)!]!++;
    }
    return counted;
  });
  return { categories, counts };
}

/**
 * Fleiss' kappa from counts per subject and category: (P̄ - P̄_e) / (1 - P̄_e). With the same
 * number of raters for every subject this is Fleiss (1971); subjects rated by fewer raters use
 * their own n_i in P_i (the usual generalisation), and subjects with fewer than two ratings are
 * left out. NaN when not defined: no subject with two ratings, or every rating in one category.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number {
  const subjects = counts
    .map((row) => ({ row, raters: row.reduce((total, count) => total + count, 0) }))
    .filter(({ raters }) => raters >= 2);
  if (subjects.length === 0) return Number.NaN;
  const categories = Math.max(...subjects.map(({ row }) => row.length));
  const totalRatings = subjects.reduce((total, { raters }) => total + raters, 0);
  let meanAgreement = 0;
  for (const { row, raters } of subjects) {
    const agreeingPairs = row.reduce((total, count) => total + count * (count - 1), 0);
    meanAgreement += agreeingPairs / (raters * (raters - 1));
  }
  meanAgreement /= subjects.length;
  let chance = 0;
  for (let category = 0; category < categories; category++) {
    const share = subjects.reduce((total, { row }) => total + (row[category] ?? 0), 0) / totalRatings;
    chance += share * share;
  }
  return ratio(meanAgreement - chance, 1 - chance);
}
