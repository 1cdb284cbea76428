import type { AttributeValue, Attributes } from '../model/transcript.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseDate, type CalendarDate } from '../text/parse-date.js';
import type { QdpxCase, QdpxVariable, VariableType } from './project-model.js';

/** A document's attributes, as the result records them. */
export interface AttributedDocument {
  readonly id: string;
  readonly file: string;
  readonly attributes: Attributes;
}

/** How one value reads: its kind and the text it is written as in each type it fits. */
interface Reading {
  readonly boolean: string | null;
  readonly integer: string | null;
  readonly float: string | null;
  readonly date: { readonly value: CalendarDate; readonly iso: boolean } | null;
  readonly text: string;
}

/**
 * Case variables from document attributes, one case per document. A variable's type is the
 * narrowest every value of it fits: Boolean, Integer, Float (a decimal), Date (ISO 2025-03-12 or
 * as Dutch researchers write dates, 12-03-2025, 12 maart 2025), DateTime (a date with a time);
 * otherwise Text, with a warning when most values but not all fit a narrower type (a typo in one
 * date turns the whole variable into text). Empty values are left out of their case.
 */
export function caseVariables(documents: readonly AttributedDocument[]): {
  variables: QdpxVariable[];
  cases: QdpxCase[];
  diagnostics: Diagnostic[];
} {
  const names: string[] = [];
  for (const document of documents) for (const name of Object.keys(document.attributes)) if (!names.includes(name)) names.push(name);
  const diagnostics: Diagnostic[] = [];
  const written = new Map<string, Map<string, string>>();
  const variables = names.map((name) => {
    const present = documents.flatMap((document) => {
      const value = Object.hasOwn(document.attributes, name) ? document.attributes[name] : undefined;
      return value === undefined || value === null || value === '' ? [] : [{ document, reading: readValue(value) }];
    });
    const { type, write } = chooseType(present.map((entry) => entry.reading));
    written.set(name, new Map(present.map((entry) => [entry.document.id, write(entry.reading)])));
    diagnostics.push(...explainType(name, type, present));
    return { name, type };
  });
  const cases = documents.map((document) => ({
    documentId: document.id,
    values: names.flatMap((variable) => {
      const value = written.get(variable)?.get(document.id);
      return value === undefined ? [] : [{ variable, value }];
    }),
  }));
  return { variables, cases, diagnostics };
}

function readValue(value: AttributeValue): Reading {
  if (typeof value === 'boolean') return { boolean: String(value), integer: null, float: null, date: null, text: String(value) };
  if (typeof value === 'number') {
    const finite = Number.isFinite(value);
    const integer = finite && Number.isSafeInteger(value) ? String(value) : null;
    return { boolean: null, integer, float: finite ? decimal(value) : null, date: null, text: String(value) };
  }
  if (typeof value === 'string') {
    // A number written as text (an attribute sheet's cells are text); leading zeros keep an id such as 007 text.
    const trimmed = value.trim();
    if (/^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(trimmed)) return { ...readValue(Number(trimmed)), text: value };
    const reading = parseDate(value);
    const date = reading.ok ? { value: reading.date, iso: /^\s*\d{4}-\d{1,2}-\d{1,2}/.test(value) } : null;
    return { boolean: null, integer: null, float: null, date, text: value };
  }
  // Lists and maps: one text, as a person would write them.
  const text = Array.isArray(value)
    ? value.map((item) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item))).join(', ')
    : JSON.stringify(value);
  return { boolean: null, integer: null, float: null, date: null, text };
}

function chooseType(readings: readonly Reading[]): { type: VariableType; write: (reading: Reading) => string } {
  const all = (test: (reading: Reading) => boolean): boolean => readings.length > 0 && readings.every(test);
  if (all((reading) => reading.boolean !== null)) return { type: 'Boolean', write: (reading) => reading.boolean! };
  if (all((reading) => reading.integer !== null)) return { type: 'Integer', write: (reading) => reading.integer! };
  if (all((reading) => reading.float !== null)) return { type: 'Float', write: (reading) => reading.float! };
  if (all((reading) => reading.date !== null)) {
    if (readings.every((reading) => reading.date!.value.time === null))
      return { type: 'Date', write: (reading) => isoDate(reading.date!.value) };
    return { type: 'DateTime', write: (reading) => `${isoDate(reading.date!.value)}T${isoTime(reading.date!.value.time ?? 0)}` };
  }
  return { type: 'Text', write: (reading) => reading.text };
}

/** Say what was assumed: day-first dates read as dates, and variables that are text because of a few values. */
function explainType(
  name: string,
  type: VariableType,
  present: readonly { document: AttributedDocument; reading: Reading }[],
): Diagnostic[] {
  const file = present[0]?.document.file ?? '';
  if (type === 'Date' || type === 'DateTime') {
    const written = present.find((entry) => !entry.reading.date!.iso);
    if (written === undefined) return [];
    const reason = `attribute "${name}" is exported as a ${type} variable; dates such as "${written.reading.text}" (${written.document.id}) were read day first, as written in Dutch; write 2025-03-12 to leave no doubt`;
    return [{ file: written.document.file, severity: 'info', reason, ruleId: 'export-date-read' }];
  }
  if (type !== 'Text' || present.length < 2) return [];
  for (const [kind, fits] of [
    ['date', (reading: Reading) => reading.date !== null],
    ['number', (reading: Reading) => reading.float !== null],
  ] as const) {
    const misfits = present.filter((entry) => !fits(entry.reading));
    if (misfits.length > 0 && misfits.length * 2 < present.length) {
      const example = misfits[0]!;
      const reason = `attribute "${name}" is exported as a Text variable: ${present.length - misfits.length} of its ${present.length} values are ${kind}s, but "${example.reading.text}" (${example.document.id}) is not; correct it to export a ${kind === 'date' ? 'Date' : 'number'} variable`;
      return [{ file: example.document.file || file, severity: 'warning', reason, ruleId: 'export-variable-text' }];
    }
  }
  return [];
}

/** A number as xsd:decimal writes it: digits, never an exponent. */
function decimal(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function isoTime(seconds: number): string {
  const pad = (value: number): string => String(Math.floor(value)).padStart(2, '0');
  return `${pad(seconds / 3600)}:${pad((seconds % 3600) / 60)}:${pad(seconds % 60)}`;
}
