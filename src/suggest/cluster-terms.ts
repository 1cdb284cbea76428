import { logLikelihood, overRepresented } from '../agree/keyness.js';
import type { RankedTerm } from './rank-terms.js';
import { SIGNIFICANT_G2 } from './rank-terms.js';

/** Two terms are linked when they share segments in at least this many interviews (one talkative respondent links nothing). */
export const LINK_INTERVIEWS = 2;

/**
 * Group terms into candidate themes by co-occurrence in segments, deterministically. Two terms are
 * linked when they occur together in more segments than chance predicts (log-likelihood G2 ≥ 3.84
 * on the 2×2 table of segments with and without each, and positively associated) in at least two
 * interviews. Clusters are merged by average linkage: the two clusters whose pairs have the
 * highest mean link strength (unlinked pairs count 0) merge while that mean is at least 3.84, ties
 * going to the better-ranked terms. `terms` come ranked; clusters keep that order.
 */
export function clusterTerms(terms: readonly RankedTerm[], segmentDocuments: readonly number[]): RankedTerm[][] {
  const total = segmentDocuments.length;
  const sets = terms.map((term) => new Set(term.segments));
  const strength = terms.map((_, a) => terms.map((__, b) => (a === b ? 0 : link(sets[a]!, sets[b]!, total, segmentDocuments))));
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
function link(a: ReadonlySet<number>, b: ReadonlySet<number>, total: number, segmentDocuments: readonly number[]): number {
  const together: number[] = [];
  for (const segment of a) if (b.has(segment)) together.push(segment);
  if (new Set(together.map((segment) => segmentDocuments[segment])).size < LINK_INTERVIEWS) return 0;
  const both = together.length;
  if (!overRepresented(both, a.size, b.size - both, total - a.size)) return 0;
  const g2 = logLikelihood(both, a.size, b.size - both, total - a.size);
  return g2 >= SIGNIFICANT_G2 ? g2 : 0;
}
