import { overlaps, type Finding, type FindingKind, type TextRange } from './finding.js';
import type { PseudonymKey } from './pseudonym-key.js';
import { foldName } from './word-lexicon.js';

/** The word in a placeholder per kind: `[NAAM-3]`, `[TELEFOON-1]`. */
export const PLACEHOLDER_LABELS: Readonly<Record<FindingKind, string>> = {
  bsn: 'BSN',
  iban: 'IBAN',
  phone: 'TELEFOON',
  email: 'EMAIL',
  postcode: 'POSTCODE',
  address: 'ADRES',
  'birth-date': 'GEBOORTEDATUM',
  'licence-plate': 'KENTEKEN',
  'case-number': 'NUMMER',
  name: 'NAAM',
};

/** One replaced finding: where it was and where its placeholder now stands. */
export interface Replacement extends TextRange {
  readonly kind: FindingKind;
  readonly placeholder: string;
  /** Where the placeholder starts in the new text, and where the replaced range (placeholder and kept line breaks) ends. */
  readonly newStart: number;
  readonly newEnd: number;
}

/** A pseudonymised text, the key with any new values added, and what was replaced. */
export interface Pseudonymised {
  readonly text: string;
  readonly key: PseudonymKey;
  readonly replacements: readonly Replacement[];
}

const SEPARATORS = /[\s.\-()/]/g;
const SPACES = /\s+/g;
const NEWLINE = /\r?\n/g;
const PLACEHOLDER_NUMBER = /-(\d+)\]$/;
const NON_DIGIT = /\D/g;
const SPOKEN_DOT = / punt /g;
const SPOKEN_AT = / (?:apenstaartje|at-teken) /g;
const INTERNATIONAL = /^\s*(?:\(\+31\)|\+31)/;

/**
 * Replaces each finding by its kind's placeholder for its value, taken from the key or added to it
 * (`[NAAM-n]` with the next free n): the same value gets the same placeholder in every file and run
 * that uses the key. Findings in excluded ranges or overlapping an earlier finding are left alone.
 * A finding that spans line breaks keeps them after its placeholder, so every line stays on its line.
 * Inside a `bare` range (front matter, speaker labels) the placeholder is written without brackets
 * (`NAAM-1`), so that YAML still reads a text and the segmenter still a label.
 */
export function pseudonymiseText(
  text: string,
  findings: readonly Finding[],
  key: PseudonymKey,
  exclude: readonly TextRange[] = [],
  bare: readonly TextRange[] = [],
): Pseudonymised {
  const tables = new Map<FindingKind, Map<string, string>>();
  const next = new Map<FindingKind, number>();
  for (const [kind, entries] of Object.entries(key.placeholders) as [FindingKind, Readonly<Record<string, string>>][]) {
    tables.set(kind, new Map(Object.entries(entries)));
  }
  const replacements: Replacement[] = [];
  let output = '';
  let copied = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < copied || exclude.some((range) => overlaps(range, finding))) continue;
    const placeholder = placeholderFor(tables, next, finding.kind, normaliseValue(finding.kind, text.slice(finding.start, finding.end)));
    output += text.slice(copied, finding.start);
    const newStart = output.length;
    const written = bare.some((range) => overlaps(range, finding)) ? placeholder.slice(1, -1) : placeholder;
    output += written + (text.slice(finding.start, finding.end).match(NEWLINE) ?? []).join('');
    replacements.push({ kind: finding.kind, start: finding.start, end: finding.end, placeholder, newStart, newEnd: output.length });
    copied = finding.end;
  }
  output += text.slice(copied);
  const placeholders: Partial<Record<FindingKind, Record<string, string>>> = {};
  for (const [kind, table] of tables) placeholders[kind] = Object.fromEntries(table);
  return { text: output, key: { placeholders }, replacements };
}

/** Where an offset of the original text lies in the pseudonymised one (inside a finding: its placeholder's start). */
export function shiftOffset(offset: number, replacements: readonly Replacement[]): number {
  let shift = 0;
  for (const replacement of replacements) {
    if (offset < replacement.start) break;
    if (offset < replacement.end) return replacement.newStart;
    shift = replacement.newEnd - replacement.end;
  }
  return offset + shift;
}

/** The value a placeholder stands for, written one way: `+31 6-1234 5678` and `0612345678` are one number. */
export function normaliseValue(kind: FindingKind, value: string): string {
  switch (kind) {
    case 'name':
    case 'address':
    case 'birth-date':
      return foldName(value).replace(SPACES, ' ').trim();
    case 'email':
      return value.toLowerCase().replace(SPOKEN_DOT, '.').replace(SPOKEN_AT, '@');
    case 'phone': {
      const digits = value.replace(NON_DIGIT, '');
      const national = INTERNATIONAL.test(value) ? digits.slice(2) : value.trimStart().startsWith('0031') ? digits.slice(4) : digits;
      return national.startsWith('0') ? national : `0${national}`;
    }
    default:
      return value.replace(SEPARATORS, '').toUpperCase();
  }
}

function placeholderFor(
  tables: Map<FindingKind, Map<string, string>>,
  next: Map<FindingKind, number>,
  kind: FindingKind,
  value: string,
): string {
  const table = tables.get(kind) ?? new Map<string, string>();
  tables.set(kind, table);
  const known = table.get(value);
  if (known !== undefined) return known;
  let number = next.get(kind);
  if (number === undefined) {
    number = 1;
    for (const placeholder of table.values()) number = Math.max(number, Number(PLACEHOLDER_NUMBER.exec(placeholder)?.[1] ?? 0) + 1);
  }
  const placeholder = `[${PLACEHOLDER_LABELS[kind]}-${number}]`;
  next.set(kind, number + 1);
  table.set(value, placeholder);
  return placeholder;
}
