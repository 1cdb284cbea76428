import { logLikelihood, overRepresented } from '../agree/keyness.js';
import type { RankedTerm } from './rank-terms.js';
import { SIGNIFICANT_G2 } from './rank-terms.js';

/** Two terms are linked when they share segments in at least this many interviews (one talkative respondent links nothing). */
export const LINK_INTERVIEWS = 2;

/**
 * Group terms into candidate themes by co-occurrence in segments, deterministically. Two terms are
 * linked when they occur together in more segments than chance predicts (log-likelihood G2 ≥ 3.84
 * on the 2×2 table of segments with and without each, and positively associated) in at least two
 * interviews. Together means in different words: `crisis` and `dienst` do not go together because
 * `crisisdienst` belongs to both. Clusters are merged by average linkage: the two clusters whose
 * pairs have the highest mean link strength (unlinked pairs count 0) merge while that mean is at
 * least 3.84, ties going to the better-ranked terms. `terms` come ranked, with the token positions
 * of each term per segment (`positions`); clusters keep the rank order.
 */
export function clusterTerms(
  terms: readonly RankedTerm[],
  positions: readonly ReadonlyMap<number, readonly number[]>[],
  segmentDocuments: readonly number[],
): RankedTerm[][] {
  const total = segmentDocuments.length;
  const strength = terms.map((_, a) => terms.map((__, b) => (a === b ? 0 : link(positions[a]!, positions[b]!, total, segmentDocuments))));
  let clusters = terms.map((_, index) => [index]);
  for (;;) {
    let best: { score: number; a: number; b: number } | null = null;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        let sum = 0;
        for (const x of clusters[a]!) for (const y of clusters[b]!) sum += strength[x]![y]!;
        const score = sum / (clusters[a]!.length * clusters[b]!.length);
        if (score >= SIGNIFICANT_G2 && (best === null || score > best.score)) best = { score, a, b };
      }
    }
    if (best === null) break;
    const merged = [...clusters[best.a]!, ...clusters[best.b]!].sort((x, y) => x - y);
    clusters = clusters.filter((_, index) => index !== best.a && index !== best.b);
    clusters.push(merged);
    clusters.sort((x, y) => x[0]! - y[0]!);
  }
  return clusters.map((cluster) => cluster.map((index) => terms[index]!));
}

/** The link strength of two terms: G2 of their co-occurrence in segments when linked, else 0. */
function link(
  a: ReadonlyMap<number, readonly number[]>,
  b: ReadonlyMap<number, readonly number[]>,
  total: number,
  segmentDocuments: readonly number[],
): number {
  const together: number[] = [];
  for (const [segment, atA] of a) {
    const atB = b.get(segment);
    if (atB !== undefined && atA.some((x) => atB.some((y) => x !== y))) together.push(segment);
  }
  if (new Set(together.map((segment) => segmentDocuments[segment])).size < LINK_INTERVIEWS) return 0;
  const both = together.length;
  if (!overRepresented(both, a.size, b.size - both, total - a.size)) return 0;
  const g2 = logLikelihood(both, a.size, b.size - both, total - a.size);
  return g2 >= SIGNIFICANT_G2 ? g2 : 0;
}
