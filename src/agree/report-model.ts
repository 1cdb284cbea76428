import type { CoderReliability } from './coders.js';
import type { Comparison } from './compare.js';
import type { CodeSuggestions } from './suggest.js';
import type { ExchangeCode } from '../exchange/coding-model.js';
import type { MinimumOverlap } from './map-spans.js';

/** What kind of input a coding came from. */
export type CodingKind = 'rodedraad' | 'qdpx' | 'table';

/** One of the two codings compared. */
export interface CodingInput {
  /** The input as the user named it (a path relative to the working folder). */
  readonly file: string;
  readonly kind: CodingKind;
  /** Every coder the input names (a table or a result has one). */
  readonly codersFound: readonly string[];
  /** The coders whose codings count. */
  readonly coders: readonly string[];
}

/** Everything `agree` found: the input of agreement.md, agreement.csv and agreement.json. */
export interface AgreementReport {
  readonly reference: CodingInput;
  readonly candidate: CodingInput;
  /** How much a span must overlap a segment to give it its code. */
  readonly minimumOverlap: MinimumOverlap;
  readonly comparison: Comparison;
  /** Present when the candidate is a rodedraad result. */
  readonly suggestions: readonly CodeSuggestions[] | null;
  readonly reliability: readonly CoderReliability[];
  readonly unmatchedCodes: { readonly reference: readonly ExchangeCode[]; readonly candidate: readonly ExchangeCode[] };
  /** Documents only one coding covers (not compared). */
  readonly unmatchedDocuments: { readonly reference: readonly string[]; readonly candidate: readonly string[] };
}

/** A figure with two decimals, or "n/a" when it is not defined. */
export function figure(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  // A kappa of -0.001 is no agreement beyond chance, not a negative one worth a sign.
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** A figure for JSON: rounded to 4 decimals, null when not defined. */
export function jsonFigure(value: number): number | null {
  return Number.isNaN(value) ? null : Math.round(value * 10000) / 10000;
}

/** Names of codes joined for a table cell. */
export function codeNames(codes: readonly ExchangeCode[]): string {
  return codes.map((code) => code.path.join(' > ')).join(' + ');
}
