import { describe, expect, it } from 'vitest';
import { logLikelihood, overRepresented } from '../../src/agree/keyness.js';

describe("Dunning's log-likelihood G2 of a term in the missed segments against the other segments", () => {
  it('matches a value computed by hand', () => {
    // 3 of 5 missed segments hold the term, 2 of 45 others: 5 of 50 segments in all.
    // Expected counts: 5·5/50 = 0.5 and 4.5 in the missed segments, 45·5/50 = 4.5 and 40.5 in the others.
    // G2 = 2 (3 ln(3/0.5) + 2 ln(2/4.5) + 2 ln(2/4.5) + 43 ln(43/40.5)) = 2 (5.37528 - 3.24372 + 2.57612) = 9.41436
    expect(logLikelihood(3, 5, 2, 45)).toBeCloseTo(9.41436, 4);
    // An empty cell adds nothing: 2 of 3 against 0 of 48; expected 3·2/51 in the first cell.
    // G2 = 2 (2 ln(2/(6/51)) + 1 ln(1/(3·49/51)) + 48 ln(48/(48·49/51))) = 13.05615
    expect(logLikelihood(2, 3, 0, 48)).toBeCloseTo(13.05615, 4);
  });

  it('is the same either way round, and 0 when there is nothing to compare', () => {
    expect(logLikelihood(3, 5, 2, 45)).toBeCloseTo(logLikelihood(2, 45, 3, 5), 10);
    expect(logLikelihood(0, 0, 0, 0)).toBe(0);
    // In no segment, or in every one: no difference to measure.
    expect(logLikelihood(0, 5, 0, 45)).toBe(0);
    expect(logLikelihood(5, 5, 45, 45)).toBe(0);
    // The same share on both sides.
    expect(logLikelihood(1, 10, 10, 100)).toBeCloseTo(0, 10);
  });

  it('is over 3.84 (p < 0.05) for a clear difference, under it for a small one', () => {
    expect(logLikelihood(4, 10, 4, 100)).toBeGreaterThan(3.84);
    expect(logLikelihood(2, 10, 10, 100)).toBeLessThan(3.84);
  });

  it('over-represented: more frequent in the missed segments than elsewhere', () => {
    expect(overRepresented(3, 5, 2, 45)).toBe(true);
    expect(overRepresented(1, 10, 30, 100)).toBe(false);
    expect(overRepresented(1, 10, 10, 100)).toBe(false);
    expect(overRepresented(1, 10, 0, 0)).toBe(true);
    expect(overRepresented(0, 10, 0, 100)).toBe(false);
    expect(overRepresented(0, 0, 5, 100)).toBe(false);
  });
});
