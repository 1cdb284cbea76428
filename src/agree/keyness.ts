/**
 * Dunning's log-likelihood G2 (Rayson & Garside 2000) of a term in a target set of segments against
 * the other segments: `inTarget` of `target` segments hold it, `inOther` of `other` segments do.
 * 0 when there is nothing to compare. G2 above 3.84 is significant at p < 0.05 (one degree of freedom).
 */
export function logLikelihood(inTarget: number, target: number, inOther: number, other: number): number {
  const total = target + other;
  const holding = inTarget + inOther;
  if (total === 0) return 0;
  const cells: [number, number][] = [
    [inTarget, (target * holding) / total],
    [target - inTarget, (target * (total - holding)) / total],
    [inOther, (other * holding) / total],
    [other - inOther, (other * (total - holding)) / total],
  ];
  return 2 * cells.reduce((sum, [observed, expected]) => (observed === 0 ? sum : sum + observed * Math.log(observed / expected)), 0);
}

/** Whether a term is more frequent in the target than elsewhere (keyness is only shown for those). */
export function overRepresented(inTarget: number, target: number, inOther: number, other: number): boolean {
  if (target === 0 || inTarget === 0) return false;
  return other === 0 || inTarget / target > inOther / other;
}
