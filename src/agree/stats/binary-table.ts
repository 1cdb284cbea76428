/**
 * Agreement on one code between a reference and a candidate coding, unit by unit (a unit is a
 * segment or a document): the 2x2 table and the figures read from it.
 *
 * Undefined figures are NaN, never 0 or 1: precision with no candidate positives, recall with
 * no reference positives, F1 when neither coder used the code, kappa when both coders put every
 * unit in the same class (chance agreement 1), and every figure over zero units. A report shows
 * NaN as "n/a"; averages leave it out (see `macroF1`).
 */

/** Counts of units by what the reference and the candidate said about one code. */
export interface BinaryTable {
  /** Both coded the unit with the code. */
  readonly both: number;
  /** Only the reference did (a miss of the candidate). */
  readonly onlyReference: number;
  /** Only the candidate did (a false alarm of the candidate). */
  readonly onlyCandidate: number;
  /** Neither did. */
  readonly neither: number;
}

/** The 2x2 table of two parallel presence vectors (one entry per unit, same length). */
export function countBinary(reference: readonly boolean[], candidate: readonly boolean[]): BinaryTable {
  if (reference.length !== candidate.length) {
    throw new RangeError(`the reference has ${reference.length} units and the candidate ${candidate.length}`);
  }
  let both = 0;
  let onlyReference = 0;
  let onlyCandidate = 0;
  let neither = 0;
  reference.forEach((inReference, index) => {
    const inCandidate = candidate[index]!;
    if (inReference && inCandidate) both++;
    else if (inReference) onlyReference++;
    else if (inCandidate) onlyCandidate++;
    else neither++;
  });
  return { both, onlyReference, onlyCandidate, neither };
}

/** Number of units in a table. */
export function unitCount(table: BinaryTable): number {
  return table.both + table.onlyReference + table.onlyCandidate + table.neither;
}

/** Share of the candidate's positives that the reference has too; NaN without candidate positives. */
export function precision(table: BinaryTable): number {
  return ratio(table.both, table.both + table.onlyCandidate);
}

/** Share of the reference's positives that the candidate found; NaN without reference positives. */
export function recall(table: BinaryTable): number {
  return ratio(table.both, table.both + table.onlyReference);
}

/** Harmonic mean of precision and recall, 2TP / (2TP + FP + FN); NaN when neither coder used the code. */
export function f1(table: BinaryTable): number {
  return ratio(2 * table.both, 2 * table.both + table.onlyReference + table.onlyCandidate);
}

/** Share of units on which both coders agree (present or absent); NaN over zero units. */
export function percentAgreement(table: BinaryTable): number {
  return ratio(table.both + table.neither, unitCount(table));
}

/**
 * Cohen's kappa of a 2x2 table, (p_o - p_e) / (1 - p_e) with p_e from each coder's own marginals,
 * computed in whole counts as 2(ad - bc) / (r1·c2 + c1·r2) so that it is exact. NaN when p_e is 1
 * (both coders put every unit in one and the same class) or there are no units.
 */
export function binaryKappa(table: BinaryTable): number {
  const { both, onlyReference, onlyCandidate, neither } = table;
  const referenceYes = both + onlyReference;
  const referenceNo = onlyCandidate + neither;
  const candidateYes = both + onlyCandidate;
  const candidateNo = onlyReference + neither;
  return ratio(2 * (both * neither - onlyReference * onlyCandidate), referenceYes * candidateNo + candidateYes * referenceNo);
}

/** The cell-wise sum of tables. */
export function poolTables(tables: readonly BinaryTable[]): BinaryTable {
  return tables.reduce<BinaryTable>(
    (sum, table) => ({
      both: sum.both + table.both,
      onlyReference: sum.onlyReference + table.onlyReference,
      onlyCandidate: sum.onlyCandidate + table.onlyCandidate,
      neither: sum.neither + table.neither,
    }),
    { both: 0, onlyReference: 0, onlyCandidate: 0, neither: 0 },
  );
}

/** `numerator / denominator`, NaN when the denominator is 0 (the figure is not defined). */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}
