// Numbers and dates as a reader of the report's language expects them: Dutch writes 0,75 and
// 14 maart 2025, English 0.75 and 14 March 2025. CSV files keep the machine-readable forms.
import { DUTCH_MONTH_NAMES, MONTH_NAMES } from '../text/date-words.js';
import type { CalendarDate } from '../text/parse-date.js';

/** How a report writes numbers and dates. */
export interface NumberFormat {
  /** A count: digits grouped by thousands from 10 000 on (10.000 in Dutch, 10,000 in English). */
  readonly count: (value: number) => string;
  /** A decimal with a fixed number of places. */
  readonly decimal: (value: number, places: number) => string;
  /** A share as a whole percentage: 75%. */
  readonly percent: (share: number) => string;
  /** A calendar date in words: 14 maart 2025. */
  readonly date: (date: CalendarDate) => string;
}

function numberFormat(separators: { readonly decimal: string; readonly thousands: string }, months: readonly string[]): NumberFormat {
  const group = (digits: string): string => (digits.length < 5 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, separators.thousands));
  const decimal = (value: number, places: number): string => {
    const fixed = (Object.is(value, -0) ? 0 : value).toFixed(places);
    const [whole = '', fraction] = fixed.replace('-', '').split('.');
    return `${fixed.startsWith('-') ? '-' : ''}${group(whole)}${fraction === undefined ? '' : separators.decimal + fraction}`;
  };
  return {
    count: (value) => decimal(value, 0),
    decimal,
    percent: (share) => `${Math.round(share * 100)}%`,
    date: (date) => `${date.day} ${months[date.month - 1] ?? date.month} ${date.year}`,
  };
}

const formats = {
  nl: numberFormat({ decimal: ',', thousands: '.' }, DUTCH_MONTH_NAMES),
  en: numberFormat({ decimal: '.', thousands: ',' }, MONTH_NAMES),
} as const;

/** The number format of a report language. */
export function numberFormatFor(language: 'nl' | 'en'): NumberFormat {
  return formats[language];
}
