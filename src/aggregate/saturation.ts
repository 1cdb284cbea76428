import { compareDates } from '../text/parse-date.js';
import type { CodeInfo, CorpusDocument } from './corpus.js';

/** One interview in interview order: the codes it adds and how many codes are known after it. */
export interface SaturationStep {
  readonly document: CorpusDocument;
  /** Codes first seen in this interview, in code order. */
  readonly newCodes: readonly string[];
  /** Distinct codes seen in interviews 1..this one. */
  readonly cumulative: number;
}

/** Base size b, run length r and new-information threshold t (Guest, Namey & Chen 2020). */
export interface SaturationParameters {
  readonly base: number;
  readonly run: number;
  readonly threshold: number;
}

/** Where saturation is reached for one set of parameters. */
export interface Saturation {
  readonly parameters: SaturationParameters;
  /** Distinct codes in the base (interviews 1..b). */
  readonly baseCodes: number;
  /** The saturation point s (1-based), or null when it is not reached. */
  readonly point: number | null;
}

/** The defaults of DESIGN.md: b = 4, r = 2, t = 5%. */
export const DEFAULT_SATURATION: SaturationParameters = { base: 4, run: 2, threshold: 0.05 };

/** The sensitivity table: b in {4, 5, 6}, r in {2, 3}, t in {0, 0.05}. */
export const SATURATION_SENSITIVITY: readonly SaturationParameters[] = [4, 5, 6].flatMap((base) =>
  [2, 3].flatMap((run) => [0, 0.05].map((threshold) => ({ base, run, threshold }))),
);

/**
 * Interview order: by the date read from `datum`/`date` (any form parseDate reads), then file
 * order; undated interviews, and those whose date cannot be read, last in file order.
 */
export function interviewOrder(documents: readonly CorpusDocument[]): CorpusDocument[] {
  return [...documents].sort((a, b) => {
    const first = a.interviewDate?.date ?? null;
    const second = b.interviewDate?.date ?? null;
    if (first !== null && second !== null) return compareDates(first, second) || a.position - b.position;
    if ((first === null) !== (second === null)) return first === null ? 1 : -1;
    return a.position - b.position;
  });
}

/** New codes per interview, in the order given. */
export function saturationSteps(ordered: readonly CorpusDocument[], codes: readonly CodeInfo[]): SaturationStep[] {
  const seen = new Set<string>();
  return ordered.map((document) => {
    const newCodes = codes.filter((code) => document.present.has(code.id) && !seen.has(code.id)).map((code) => code.id);
    for (const id of newCodes) seen.add(id);
    return { document, newCodes, cumulative: seen.size };
  });
}

/**
 * Code saturation after Guest, Namey & Chen (2020): the first s >= b for which the codes first seen
 * in interviews s+1..s+r, divided by the distinct codes of interviews 1..b, are at most t. Not
 * reached when there is no such s with a full run after it, or when the base has no codes.
 */
export function findSaturation(steps: readonly SaturationStep[], parameters: SaturationParameters): Saturation {
  const { base, run, threshold } = parameters;
  const baseCodes = steps.length >= base ? steps[base - 1]!.cumulative : 0;
  if (baseCodes === 0) return { parameters, baseCodes, point: null };
  for (let point = base; point + run <= steps.length; point++) {
    const found = steps.slice(point, point + run).reduce((sum, step) => sum + step.newCodes.length, 0);
    // found / baseCodes <= threshold, with room for rounding: 1 of 20 codes is 5%, not more.
    if (found <= threshold * baseCodes + 1e-9) return { parameters, baseCodes, point };
  }
  return { parameters, baseCodes, point: null };
}
