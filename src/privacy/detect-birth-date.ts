import { execAt, wordsAfter } from './context.js';
import { readDate, readYear, type DateRead } from './dutch-date.js';
import { makeFinding, type Finding } from './finding.js';

const DATE_START = /(?<![\p{L}\p{N}])\d/gu;
const BIRTH_WORD =
  /(?<![\p{L}])(?:geboren|geb\.|geboortedatum|geboortedag|geboorte-datum|geb\.datum|date of birth|born|jarig|verjaardag)/giu;
const FILLER =
  /[ \t:,()=]{0,3}(?:(?:op|in|is|was|dat|de|het|mijn|zijn|haar|datum|dag|van|hij|zij|ze|ik|ben|werd|al|nog|ergens|namelijk|dus|eh|uh|rond|begin|eind)(?![\p{L}]))?/iuy;

/** Words that say a date is a birthday rather than a date of birth. */
const BIRTHDAY_WORDS: ReadonlySet<string> = new Set(['jarig', 'verjaardag']);

/**
 * Dates of birth: a date within a few words after "geboren (op)", "geb.", "geboortedatum" or right
 * before "geboren" (or a birthday after "jarig", "verjaardag"). A date elsewhere is not reported; a birth year alone is,
 * with a confidence below the default.
 */
export function detectBirthDate(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(BIRTH_WORD)) {
    const birthday = BIRTHDAY_WORDS.has(match[0].toLowerCase());
    let position = match.index + match[0].length;
    for (let step = 0; step < 5; step++) {
      const date = readDate(text, position);
      if (date) {
        findings.push(birthFinding(text, position, date, birthday));
        break;
      }
      const year = birthday ? null : readYear(text, position);
      if (year !== null) {
        findings.push(makeFinding(text, 'birth-date', position, year, 0.3, 'a birth year only'));
        break;
      }
      const filler = execAt(FILLER, text, position);
      if (!filler || filler[0].length === 0) break;
      position += filler[0].length;
    }
  }
  // "Ik ben op 12 maart 1985 geboren": the date before the word.
  for (const match of text.matchAll(DATE_START)) {
    const date = readDate(text, match.index);
    if (date && wordsAfter(text, date.end, 1)[0] === 'geboren') findings.push(birthFinding(text, match.index, date, false));
  }
  return findings;
}

function birthFinding(text: string, start: number, date: DateRead, birthday: boolean): Finding {
  if (birthday) return makeFinding(text, 'birth-date', start, date.end, date.hasYear ? 0.85 : 0.55, 'a birthday');
  if (date.monthOnly) return makeFinding(text, 'birth-date', start, date.end, 0.8, 'a month and year of birth');
  if (!date.hasYear) return makeFinding(text, 'birth-date', start, date.end, 0.75, 'a date of birth without the year');
  return makeFinding(text, 'birth-date', start, date.end, 0.95, 'a date of birth');
}
