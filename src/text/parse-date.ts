import { MONTH_NAMES, MONTHS, readTime, WEEKDAYS, WEEKDAY_NAMES } from './date-words.js';

/** A calendar date with an optional time of day. */
export interface CalendarDate {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
  /** Seconds since midnight, or null when no time was written. */
  readonly time: number | null;
}

/** What `parseDate` made of a text: a date, or why it is not one. */
export type DateReading = { readonly ok: true; readonly date: CalendarDate } | { readonly ok: false; readonly problem: string };

/** Years accepted as an interview date: anything else is a typo (`0225`, `20255`). */
const YEARS = { first: 1900, last: 2100 };

const NUMERIC = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?!\d)(.*)$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\.?[ -]?([a-z]+)\.?[ ,.-]+(\d{1,4})(?!\d)(.*)$/;
const MONTH_FIRST = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{1,4})(?!\d)(.*)$/;
const WEEKDAY = /^([a-z]+)\.?,? (.*)$/;

/** Longer texts are not dates (and are not echoed in messages). */
const MAX_LENGTH = 80;

/** The forms read, for messages. */
const FORMS = 'write 2025-03-12, 12-03-2025 or 12 maart 2025';

/**
 * Read a date as Dutch and international researchers write it: ISO `2025-03-12` and
 * `2025-3-5`; day first `12-03-2025`, `5/3/2025`, `12.03.2025` (so 03/04/2025 is 3 April); a
 * Dutch or English month name, in full or abbreviated (`20 maart 2025`, `20 mrt. 2025`,
 * `March 20, 2025`); each optionally after a weekday and followed by a time (`T14:30`,
 * `14.30 uur`, `om 14:30`, `2:30 pm`). The date must exist (31-02-2025 does not). Pure.
 */
export function parseDate(text: string): DateReading {
  if (text.length > MAX_LENGTH) return { ok: false, problem: `${text.length} characters is too long for a date` };
  let rest = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  let weekday: number | undefined;
  const named = WEEKDAY.exec(rest);
  if (named && WEEKDAYS.has(named[1]!)) {
    weekday = WEEKDAYS.get(named[1]!);
    rest = named[2]!;
  }
  const parts = splitDate(rest);
  if ('problem' in parts) return { ok: false, problem: parts.problem };
  const problem = checkDate(parts.year, parts.month, parts.day, parts.yearDigits);
  if (problem) return { ok: false, problem };
  const time = parts.tail === '' ? { seconds: null } : readTime(parts.tail);
  if ('problem' in time) return { ok: false, problem: time.problem };
  if (weekday !== undefined) {
    const actual = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
    if (actual !== weekday) {
      return {
        ok: false,
        problem: `${parts.day} ${MONTH_NAMES[parts.month - 1]} ${parts.year} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[weekday]}`,
      };
    }
  }
  return { ok: true, date: { year: parts.year, month: parts.month, day: parts.day, time: time.seconds } };
}

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly yearDigits: number;
  /** What follows the date: a time, or nothing. */
  readonly tail: string;
}

function splitDate(text: string): DateParts | { readonly problem: string } {
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, first, , middle, last, tail] = numeric as unknown as [string, string, string, string, string, string];
    if (first.length === 4) {
      if (last.length > 2) return { problem: `"${text}" starts with a year, so the day must come last` };
      return { year: Number(first), month: Number(middle), day: Number(last), yearDigits: 4, tail };
    }
    if (first.length > 2) return { problem: `not a form rodedraad reads (${FORMS})` };
    return { year: Number(last), month: Number(middle), day: Number(first), yearDigits: last.length, tail };
  }
  const dayFirst = DAY_FIRST.exec(text);
  const monthFirst = dayFirst ? null : MONTH_FIRST.exec(text);
  const words = dayFirst
    ? { day: dayFirst[1]!, month: dayFirst[2]!, year: dayFirst[3]!, tail: dayFirst[4]! }
    : monthFirst
      ? { month: monthFirst[1]!, day: monthFirst[2]!, year: monthFirst[3]!, tail: monthFirst[4]! }
      : null;
  if (!words) return { problem: `not a form rodedraad reads (${FORMS})` };
  const month = MONTHS.get(words.month);
  if (month === undefined) return { problem: `"${words.month}" is not a month name` };
  return { year: Number(words.year), month, day: Number(words.day), yearDigits: words.year.length, tail: words.tail };
}

function checkDate(year: number, month: number, day: number, yearDigits: number): string | undefined {
  if (yearDigits === 2) return `the year has two digits; write it in full (20${String(year).padStart(2, '0')})`;
  if (yearDigits !== 4 || year < YEARS.first || year > YEARS.last)
    return `the year ${year} is not between ${YEARS.first} and ${YEARS.last}`;
  if (month < 1 || month > 12) return `there is no month ${month} (dates are read day first: dd-mm-yyyy)`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1) return `there is no day ${day}`;
  if (day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** Order dates by day, then by time; on the same day a date without a time comes before those with one. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(a.year - b.year || a.month - b.month || a.day - b.day || (a.time ?? -1) - (b.time ?? -1));
}
