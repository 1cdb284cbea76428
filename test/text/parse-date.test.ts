import { describe, expect, it } from 'vitest';
import { compareDates, parseDate, type CalendarDate } from '../../src/text/parse-date.js';

/** [input, year, month, day, time as h:mm:ss or null]. */
const READ: readonly (readonly [string, number, number, number, string | null])[] = [
  // ISO, with and without leading zeros, with a time and a UTC offset.
  ['2025-03-12', 2025, 3, 12, null],
  ['2025-3-5', 2025, 3, 5, null],
  ['2025/03/12', 2025, 3, 12, null],
  ['2024-02-29', 2024, 2, 29, null],
  ['2025-03-12T14:30', 2025, 3, 12, '14:30:00'],
  ['2025-03-12T14:30:15Z', 2025, 3, 12, '14:30:15'],
  ['2025-03-12T09:05:00.000+01:00', 2025, 3, 12, '09:05:00'],
  ['2025-03-12 14:30', 2025, 3, 12, '14:30:00'],
  ['2025-03-12 14:30:00+01:00', 2025, 3, 12, '14:30:00'],
  // Day first, as Dutch researchers write it: - / and . as separators.
  ['12-03-2025', 2025, 3, 12, null],
  ['5-3-2025', 2025, 3, 5, null],
  ['12/03/2025', 2025, 3, 12, null],
  ['03/04/2025', 2025, 4, 3, null],
  ['12.03.2025', 2025, 3, 12, null],
  ['1.2.2025', 2025, 2, 1, null],
  ['12-03-2025 14:30', 2025, 3, 12, '14:30:00'],
  ['12.03.2025 14.30 uur', 2025, 3, 12, '14:30:00'],
  ['12-03-2025, 9:05', 2025, 3, 12, '09:05:00'],
  ['12-03-2025 om 14u30', 2025, 3, 12, '14:30:00'],
  // Dutch month names, in full and abbreviated.
  ['20 maart 2025', 2025, 3, 20, null],
  ['20 mrt 2025', 2025, 3, 20, null],
  ['20 mrt. 2025', 2025, 3, 20, null],
  ['20-mrt-2025', 2025, 3, 20, null],
  ['1 mei 2025', 2025, 5, 1, null],
  ['5 okt. 2025', 2025, 10, 5, null],
  ['31 december 2024', 2024, 12, 31, null],
  ['20 Maart 2025 om 10:15', 2025, 3, 20, '10:15:00'],
  ['donderdag 20 maart 2025', 2025, 3, 20, null],
  ['do 20 mrt 2025', 2025, 3, 20, null],
  // English month names, day first and month first.
  ['20 March 2025', 2025, 3, 20, null],
  ['1st May 2025', 2025, 5, 1, null],
  ['5 Sept. 2025', 2025, 9, 5, null],
  ['March 20, 2025', 2025, 3, 20, null],
  ['Oct 3 2025', 2025, 10, 3, null],
  ['Thursday, March 20, 2025', 2025, 3, 20, null],
  ['Thu, March 20, 2025', 2025, 3, 20, null],
  ['March 20, 2025 2:30 PM', 2025, 3, 20, '14:30:00'],
  ['12 March 2025, 12:00 am', 2025, 3, 12, '00:00:00'],
  ['12 March 2025 at 12:00 p.m.', 2025, 3, 12, '12:00:00'],
  // Spacing and Unicode forms that copy-paste brings along.
  ['  12-03-2025  ', 2025, 3, 12, null],
  ['20\u00a0maart  2025', 2025, 3, 20, null],
  ['\uff11\uff12-\uff10\uff13-\uff12\uff10\uff12\uff15', 2025, 3, 12, null],
];

/** [input, what the problem says]. */
const REFUSED: readonly (readonly [string, RegExp])[] = [
  ['31-02-2025', /February 2025 has 28 days/],
  ['2025-02-29', /February 2025 has 28 days/],
  ['31-04-2025', /April 2025 has 30 days/],
  ['00-03-2025', /there is no day 0/],
  ['12-00-2025', /there is no month 0/],
  ['04/13/2025', /there is no month 13 \(dates are read day first: dd-mm-yyyy\)/],
  ['2025-13-03', /there is no month 13/],
  ['12-03-25', /the year has two digits; write it in full \(2025\)/],
  ['20 maart 25', /the year has two digits/],
  ['12-03-1850', /the year 1850 is not between 1900 and 2100/],
  ['12-03-20255', /not a form rodedraad reads/],
  ['2025-03-2025', /starts with a year, so the day must come last/],
  ['12-03/2025', /not a form rodedraad reads \(write 2025-03-12, 12-03-2025 or 12 maart 2025\)/],
  ['20 maa 2025', /"maa" is not a month name/],
  ['maandag 20 maart 2025', /20 March 2025 is a Thursday, not a Monday/],
  ['maart 2025', /not a form rodedraad reads/],
  ['2025', /not a form rodedraad reads/],
  ['20250312', /not a form rodedraad reads/],
  ['12 maart', /not a form rodedraad reads/],
  ['voorjaar 2025', /not a form rodedraad reads/],
  ['onbekend', /not a form rodedraad reads/],
  ['', /not a form rodedraad reads/],
  ['12-03-2025 25:00', /"25:00" after the date is not a time of day/],
  ['12-03-2025 10:60', /not a time of day/],
  ['12-03-2025 13:00 pm', /not a time of day/],
  ['12-03-2025 ochtend', /"ochtend" after the date is not a time of day/],
  ['constructor 20, 2025', /"constructor" is not a month name/],
  [`12-03-2025 ${'x'.repeat(100)}`, /111 characters is too long for a date/],
];

function clock(date: CalendarDate): string | null {
  if (date.time === null) return null;
  const part = (value: number) => String(value).padStart(2, '0');
  return `${part(Math.floor(date.time / 3600))}:${part(Math.floor(date.time / 60) % 60)}:${part(date.time % 60)}`;
}

describe('parseDate', () => {
  it.each(READ)('reads %j', (input, year, month, day, time) => {
    const reading = parseDate(input);
    if (!reading.ok) throw new Error(reading.problem);
    expect({ ...reading.date, time: clock(reading.date) }).toEqual({ year, month, day, time });
  });

  it.each(REFUSED)('refuses %j and says why', (input, problem) => {
    const reading = parseDate(input);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toMatch(problem);
  });

  it('reads more than 60 forms', () => {
    expect(READ.length + REFUSED.length).toBeGreaterThanOrEqual(60);
  });
});

describe('compareDates', () => {
  const read = (text: string) => {
    const reading = parseDate(text);
    if (!reading.ok) throw new Error(reading.problem);
    return reading.date;
  };

  it('orders the forms of issue 10 by the day they name, not as text', () => {
    const written = ['2025-3-5', '20 maart 2025', '12-03-2025', '2025-03-04', '1 februari 2025'];
    expect([...written].sort((a, b) => compareDates(read(a), read(b)))).toEqual([
      '1 februari 2025',
      '2025-03-04',
      '2025-3-5',
      '12-03-2025',
      '20 maart 2025',
    ]);
  });

  it('orders by time within a day, a date without a time first', () => {
    const written = ['12-03-2025 14:00', '12-03-2025 09:30', '12-03-2025', '11-03-2025 23:59'];
    expect([...written].sort((a, b) => compareDates(read(a), read(b)))).toEqual([
      '11-03-2025 23:59',
      '12-03-2025',
      '12-03-2025 09:30',
      '12-03-2025 14:00',
    ]);
    expect(compareDates(read('12-03-2025'), read('2025-03-12'))).toBe(0);
  });
});
