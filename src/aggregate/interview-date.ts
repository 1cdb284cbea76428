import type { AttributeValue, Attributes } from '../model/transcript.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseDate, type CalendarDate } from '../text/parse-date.js';

/** A document's interview date, from its `datum` or `date` attribute. */
export interface InterviewDate {
  readonly attribute: 'datum' | 'date';
  /** The value as written. */
  readonly written: string;
  /** The date read, or null when the value is not a readable date. */
  readonly date: CalendarDate | null;
  /** Why the value is not a date; null when it is one. */
  readonly problem: string | null;
}

/** Read the interview date of a document; null when it has none (or an empty one). */
export function readInterviewDate(attributes: Attributes): InterviewDate | null {
  for (const attribute of ['datum', 'date'] as const) {
    const value: AttributeValue | undefined = Object.hasOwn(attributes, attribute) ? attributes[attribute] : undefined;
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      return { attribute, written: JSON.stringify(value).slice(0, 80), date: null, problem: 'not a single value' };
    }
    const written = String(value);
    const reading = parseDate(written);
    return reading.ok
      ? { attribute, written, date: reading.date, problem: null }
      : { attribute, written, date: null, problem: reading.problem };
  }
  return null;
}

/** A warning for each document whose date cannot be read, saying where interview order puts it. */
export function unreadableDates(
  documents: readonly { readonly id: string; readonly file: string; readonly interviewDate: InterviewDate | null }[],
): Diagnostic[] {
  return documents.flatMap(({ id, file, interviewDate }) =>
    interviewDate?.problem
      ? [
          {
            file,
            severity: 'warning' as const,
            reason: `${interviewDate.attribute} "${interviewDate.written.slice(0, 80)}" is not a date: ${interviewDate.problem}; code saturation puts ${id} with the undated interviews, after the dated ones, in file order`,
            ruleId: 'unreadable-date',
          },
        ]
      : [],
  );
}
