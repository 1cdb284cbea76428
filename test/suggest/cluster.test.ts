import { describe, expect, it } from 'vitest';
import { clusterTerms } from '../../src/suggest/cluster-terms.js';
import type { RankedTerm } from '../../src/suggest/rank-terms.js';

/** A ranked term that occurs in the given segments (statistics do not matter for clustering). */
function term(key: string, segments: readonly number[]): RankedTerm {
  return {
    key,
    phrase: false,
    label: key,
    forms: [{ form: key, count: segments.length }],
    gap: segments.length,
    reached: 0,
    documents: [],
    segments,
    g2: null,
    logRatio: null,
  };
}

/** Twenty segments, two per interview. */
const documents = Array.from({ length: 20 }, (_, index) => Math.floor(index / 2));
const at = (entries: readonly [number, number[]][]) => new Map(entries);

describe('clusterTerms', () => {
  it('joins terms that share segments in several interviews, in different words, and keeps rank order', () => {
    const bus = term('bus', [0, 2, 4, 6]);
    const taxi = term('taxi', [0, 2, 4, 7]);
    const soep = term('soep', [10, 12]);
    const clusters = clusterTerms(
      [bus, taxi, soep],
      [
        at([
          [0, [1]],
          [2, [1]],
          [4, [1]],
          [6, [1]],
        ]),
        at([
          [0, [5]],
          [2, [5]],
          [4, [5]],
          [7, [5]],
        ]),
        at([
          [10, [1]],
          [12, [1]],
        ]),
      ],
      documents,
    );
    expect(clusters.map((cluster) => cluster.map((entry) => entry.key))).toEqual([['bus', 'taxi'], ['soep']]);
  });

  it('does not join two terms that only meet in the same word (crisisdienst in crisis and in dienst)', () => {
    const crisis = term('crisis', [0, 2, 4, 6]);
    const dienst = term('dienst', [0, 2, 4, 6]);
    const same = at([
      [0, [3]],
      [2, [3]],
      [4, [3]],
      [6, [3]],
    ]);
    expect(clusterTerms([crisis, dienst], [same, same], documents)).toHaveLength(2);
  });

  it('does not join terms that meet in one interview only (one talkative respondent)', () => {
    const a = term('a', [0, 1]);
    const b = term('b', [0, 1]);
    expect(
      clusterTerms(
        [a, b],
        [
          at([
            [0, [1]],
            [1, [1]],
          ]),
          at([
            [0, [2]],
            [1, [2]],
          ]),
        ],
        documents,
      ),
    ).toHaveLength(2);
  });
});
