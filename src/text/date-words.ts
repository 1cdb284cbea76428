/** Month names and abbreviations, Dutch and English, lower case; each maps to 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...names(1, ['januari', 'january', 'jan']),
  ...names(2, ['februari', 'february', 'feb', 'febr']),
  ...names(3, ['maart', 'march', 'mrt', 'mar']),
  ...names(4, ['april', 'apr']),
  ...names(5, ['mei', 'may']),
  ...names(6, ['juni', 'june', 'jun']),
  ...names(7, ['juli', 'july', 'jul']),
  ...names(8, ['augustus', 'august', 'aug']),
  ...names(9, ['september', 'sep', 'sept']),
  ...names(10, ['oktober', 'october', 'okt', 'oct']),
  ...names(11, ['november', 'nov']),
  ...names(12, ['december', 'dec']),
]);

/** Weekday names and abbreviations, Dutch and English; each maps to 0 (Sunday) - 6. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ...names(0, ['zondag', 'zo', 'sunday', 'sun']),
  ...names(1, ['maandag', 'ma', 'monday', 'mon']),
  ...names(2, ['dinsdag', 'di', 'tuesday', 'tue', 'tues']),
  ...names(3, ['woensdag', 'wo', 'wednesday', 'wed']),
  ...names(4, ['donderdag', 'do', 'thursday', 'thu', 'thur', 'thurs']),
  ...names(5, ['vrijdag', 'vr', 'friday', 'fri']),
  ...names(6, ['zaterdag', 'za', 'saturday', 'sat']),
]);

/** Dutch month names, as a Dutch report writes a date: 14 maart 2025. */
export const DUTCH_MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** English month names, for messages and English reports. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Weekday names for messages, from Sunday. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

// A time after the date: `T14:30`, ` 14:30:05`, `, 14.30 uur`, ` om 14u30`, ` at 2:30 pm`, with an
// optional UTC offset (ignored: interviews are ordered by the time written).
const TIME =
  /^(?:t|,? (?:om |at )?|,)(\d{1,2})[:.uh](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?(?: ?(am|pm|a\.m\.|p\.m\.|uur|u|h))?(?: ?(?:z|utc|[+-]\d{2}(?::?\d{2})?))?$/;

/** Seconds since midnight of the time that follows a date (lower case), or why it is not a time. */
export function readTime(text: string): { readonly seconds: number } | { readonly problem: string } {
  const match = TIME.exec(text);
  const notTime = { problem: `"${text.replace(/^[t, ]+/, '')}" after the date is not a time of day` };
  if (!match) return notTime;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const half = match[4]?.replaceAll('.', '');
  if (half === 'am' || half === 'pm') {
    if (hours < 1 || hours > 12) return notTime;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return notTime;
  return { seconds: hours * 3600 + minutes * 60 + seconds };
}

function names(value: number, words: readonly string[]): [string, number][] {
  return words.map((word) => [word, value]);
}
