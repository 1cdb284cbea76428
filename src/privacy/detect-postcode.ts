import { hasWordStartingWith, isWordCharAt, wordsBefore } from './context.js';
import { makeFinding, type Finding } from './finding.js';
import { readHouseNumber } from './house-number.js';

const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})(?![\p{L}\p{N}])/gu;
const CAPITALISED_WORD = /^[ ,]{1,2}\p{Lu}\p{Ll}/u;

/** Letter pairs PostNL does not use. */
const UNUSED_LETTERS: ReadonlySet<string> = new Set(['SA', 'SD', 'SS']);

/** Two-letter abbreviations that follow a year more often than a postcode does ("in 2014 EK"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'EU',
  'NS',
  'VS',
  'EK',
  'WK',
  'OV',
  'HR',
  'PR',
  'AH',
  'ID',
  'BV',
  'NV',
  'CV',
  'TV',
  'PC',
  'OK',
  'KM',
  'GB',
  'UK',
  'US',
  'FC',
  'AD',
  'BC',
  'VO',
  'PO',
  'MBO',
  'HBO',
  'WO',
  'GP',
  'RB',
  'CD',
  'DJ',
  'IT',
  'VN',
  'ZZ',
]);

/**
 * Dutch postcodes (`1234 AB`, `1234AB`, lower case only when written together), with the house
 * number when one follows (`1234 AB 12`). A year followed by a common abbreviation is not one.
 */
export function detectPostcode(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const letters = match[0].slice(-2).toUpperCase();
    const number = Number(match[0].slice(0, 4));
    if (UNUSED_LETTERS.has(letters)) continue;
    if (number >= 1900 && number <= 2099 && ABBREVIATIONS.has(letters)) continue;
    let end = match.index + match[0].length;
    const house = readHouseNumber(text, end);
    if (house !== null) end = house;
    const named = hasWordStartingWith(wordsBefore(text, match.index, 3), ['postcode', 'adres', 'zip']);
    const placeAfter = CAPITALISED_WORD.test(text.slice(end, end + 4));
    const lower = match[0].endsWith(letters.toLowerCase());
    const confidence = named ? 0.95 : house !== null || placeAfter ? 0.9 : lower ? 0.6 : 0.8;
    const reason = house === null ? 'a Dutch postcode' : 'a Dutch postcode with a house number';
    if (!isWordCharAt(text, end)) findings.push(makeFinding(text, 'postcode', match.index, end, confidence, reason));
  }
  return findings;
}
