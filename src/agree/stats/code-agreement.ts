import { binaryKappa, type BinaryTable, countBinary, f1, percentAgreement, poolTables, precision, ratio, recall } from './binary-table.js';

/** Every per-code figure of a reference and a candidate coding over the same units. */
export interface CodeAgreement extends BinaryTable {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly kappa: number;
  /** Krippendorff's alpha, nominal, two coders, no missing values. */
  readonly alpha: number;
  readonly percentAgreement: number;
}

/** Overall figures over all codes. */
export interface OverallAgreement {
  /** F1 of the pooled table: every code-unit decision counted once. */
  readonly microF1: number;
  /** Mean of the per-code F1 over the codes where F1 is defined (at least one coder used the code). */
  readonly macroF1: number;
  /** How many codes `macroF1` averages. */
  readonly macroCodes: number;
  /**
   * Cohen's kappa of the pooled 2x2 table: every (code, unit) pair is one decision "present or
   * not", so frequent codes weigh more. It is not the mean of the per-code kappas, and its chance
   * term comes from the pooled marginals, not from each code's own base rate.
   */
  readonly pooledKappa: number;
}

/** Per-code figures from two parallel presence vectors (one entry per unit). */
export function codeAgreement(reference: readonly boolean[], candidate: readonly boolean[]): CodeAgreement {
  return agreementOfTable(countBinary(reference, candidate));
}

/** Per-code figures from a 2x2 table. */
export function agreementOfTable(table: BinaryTable): CodeAgreement {
  return {
    both: table.both,
    onlyReference: table.onlyReference,
    onlyCandidate: table.onlyCandidate,
    neither: table.neither,
    precision: precision(table),
    recall: recall(table),
    f1: f1(table),
    kappa: binaryKappa(table),
    alpha: binaryAlpha(table),
    percentAgreement: percentAgreement(table),
  };
}

/** Micro and macro F1 and pooled kappa over the per-code tables. */
export function overallAgreement(tables: readonly BinaryTable[]): OverallAgreement {
  const pooled = poolTables(tables);
  const defined = tables.map(f1).filter((value) => !Number.isNaN(value));
  return {
    microF1: f1(pooled),
    macroF1: defined.length === 0 ? Number.NaN : defined.reduce((total, value) => total + value, 0) / defined.length,
    macroCodes: defined.length,
    pooledKappa: binaryKappa(pooled),
  };
}

/**
 * Nominal alpha of a 2x2 table (two coders, no missing values) in closed form: with n = 2N
 * pairable values, n_0 and n_1 the values 0 and 1 and b + c the disagreeing units,
 * alpha = 1 - (n - 1)(b + c) / (n_0 n_1). NaN under the same conditions as `krippendorffAlpha`.
 */
export function binaryAlpha(table: BinaryTable): number {
  const disagreements = table.onlyReference + table.onlyCandidate;
  const n = 2 * (table.both + table.neither + disagreements);
  const ones = 2 * table.both + disagreements;
  const zeros = 2 * table.neither + disagreements;
  return 1 - (n - 1) * ratio(disagreements, ones * zeros);
}
