/** Dates as Dutch speakers write them: `12-03-1985`, `12/3/85`, `1985-03-12`, `12 maart 1985`, `3 mrt.` */
import { execAt } from './context.js';

const NUMERIC = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}])/uy;
const ISO = /(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/uy;
const TEXTUAL =
  /(\d{1,2})(?:e|ste|de)? (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?![\p{L}])\.?/iuy;
const MONTH_YEAR =
  /(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.? (?:1[89]|20)\d\d(?![\p{L}\p{N}])/iuy;
const YEAR_AFTER = /,? (\d{4}|'\d{2})(?![\p{L}\p{N}])/uy;
const YEAR = /(1[89]\d{2}|20\d{2})(?![\p{L}\p{N}])/uy;

/** A date read at a position: where it ends, whether it names the year, and whether it has no day (`maart 1980`). */
export interface DateRead {
  readonly end: number;
  readonly hasYear: boolean;
  readonly monthOnly?: boolean;
}

/** Reads a date (day and month, maybe a year; or month and year) starting exactly at `position`; null if none. */
export function readDate(text: string, position: number): DateRead | null {
  const iso = execAt(ISO, text, position);
  if (iso && validDay(Number(iso[3]), Number(iso[2]))) return { end: position + iso[0].length, hasYear: true };
  const numeric = execAt(NUMERIC, text, position);
  if (numeric && validDay(Number(numeric[1]), Number(numeric[3]))) return { end: position + numeric[0].length, hasYear: true };
  const textual = execAt(TEXTUAL, text, position);
  if (!textual || !validDay(Number(textual[1]), 1)) {
    const monthYear = execAt(MONTH_YEAR, text, position);
    return monthYear ? { end: position + monthYear[0].length, hasYear: true, monthOnly: true } : null;
  }
  const end = position + textual[0].length;
  const year = execAt(YEAR_AFTER, text, end);
  return year ? { end: end + year[0].length, hasYear: true } : { end, hasYear: false };
}

/** Reads a bare year (1800-2099) at `position`: where it ends, or null. */
export function readYear(text: string, position: number): number | null {
  const year = execAt(YEAR, text, position);
  return year ? position + year[0].length : null;
}

function validDay(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
