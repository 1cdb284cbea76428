import type { Diagnostic } from '../model/diagnostic.js';
import type { Role, Segment, SegmentedTranscript } from '../model/segment.js';
import { toAttributes, type AttributeValue, type SourceRun } from '../model/transcript.js';
import { readRecipe, writeRecipe } from './recipe.js';
import {
  DOCUMENT_ID,
  referTo,
  resolve,
  restoreReason,
  restoreValue,
  type SourceRef,
  storeReason,
  storeValue,
  type StoredValue,
} from './source-refs.js';

/**
 * A file as the cache holds it: what preparing it gave, without any of its text. The segments are
 * one list of numbers (SEGMENT_FIELDS each, then the recipe of the text and the map to the file),
 * the labels, sections, times and white space of the recipes are `strings`, each once: small to
 * store and quick to read.
 */
export interface StoredFile {
  /**
   * The transcript without its segments, its id and front-matter attributes by their places in
   * the file (source-refs.ts); null when the file could not be used.
   */
  readonly head: StoredHead | null;
  /** The warnings about the file, the parts of their text that are in the file by their places (storeReason). */
  readonly diagnostics: readonly StoredDiagnostic[];
  /** Labels, sections and times by their places in the file (or DOCUMENT_ID); white space as it is. */
  readonly strings: readonly (SourceRef | typeof DOCUMENT_ID | string)[];
  readonly segments: readonly number[];
}

/** A warning as stored. */
type StoredDiagnostic = Omit<Diagnostic, 'reason'> & { readonly reason: string | readonly (string | SourceRef)[] };

/** The warnings of a file with their text stored by storeReason; null when one quotes text that is not in the file. */
function storeDiagnostics(diagnostics: readonly Diagnostic[], names: ReadonlySet<string>, source: string): StoredDiagnostic[] | null {
  const stored: StoredDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const reason = storeReason(diagnostic.reason, names, source);
    if (reason === null) return null;
    stored.push({ ...diagnostic, reason });
  }
  return stored;
}

/** Every string in front-matter values. */
function attributeStrings(attributes: Readonly<Record<string, AttributeValue>>): string[] {
  const found: string[] = [];
  const walk = (value: AttributeValue): void => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) for (const item of value as readonly AttributeValue[]) walk(item);
    else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  for (const value of Object.values(attributes)) walk(value);
  return found;
}

/** A transcript's head as stored. */
interface StoredHead {
  readonly id: SourceRef | string;
  readonly file: string;
  readonly format: SegmentedTranscript['format'];
  readonly sha256: string;
  readonly attributes: readonly (readonly [string, StoredValue])[];
}

const ROLES: readonly Role[] = ['interviewer', 'respondent', 'other'];
/** index, speaker, role, section, time, start (line, column, offset), end (the same), code points (start, end), words. */
const SEGMENT_FIELDS = 14;

/** Store a prepared file with its words per segment; null when a segment's text cannot be written as a recipe (it is then never cached). */
export function storeFile(
  transcript: SegmentedTranscript | null,
  diagnostics: readonly Diagnostic[],
  words: readonly number[],
  source: string,
): StoredFile | null {
  if (!transcript) {
    const stored = storeDiagnostics(diagnostics, new Set(), source);
    return stored && { head: null, diagnostics: stored, strings: [], segments: [] };
  }
  const strings: (SourceRef | typeof DOCUMENT_ID | string)[] = [];
  const known = new Map<string, number>();
  let missing = false;
  const string = (value: string | null): number => {
    if (value === null) return -1;
    let index = known.get(value);
    if (index === undefined) {
      // A speaker without a label is named after the document, whose id may not be in the file.
      const stored = referTo(value, source) ?? (value === transcript.id ? DOCUMENT_ID : null);
      if (stored === null) missing = true;
      index = strings.push(stored ?? '') - 1;
      known.set(value, index);
    }
    return index;
  };
  const numbers: number[] = [];
  for (const [position, segment] of transcript.segments.entries()) {
    const recipe = writeRecipe(segment.text, segment.map, source, string);
    if (!recipe) return null;
    const { start, end } = segment;
    numbers.push(segment.index, string(segment.speaker), ROLES.indexOf(segment.role), string(segment.section), string(segment.time));
    numbers.push(start.line, start.column, start.offset, end.line, end.column, end.offset, segment.codePointStart, segment.codePointEnd);
    numbers.push(words[position]!, recipe.length, ...recipe, segment.map.length);
    for (const run of segment.map) numbers.push(...run);
  }
  // The id as the file has it, else as a default id (from the file's name, which the key holds too).
  const id = referTo(transcript.id, source) ?? transcript.id;
  const attributes: (readonly [string, StoredValue])[] = [];
  for (const [key, value] of Object.entries(transcript.attributes)) {
    const stored = storeValue(value, source);
    if (!stored) return null;
    attributes.push([key, stored]);
  }
  if (missing) return null;
  const head = { id, file: transcript.file, format: transcript.format, sha256: transcript.sha256, attributes };
  const names = new Set([...known.keys(), transcript.id, ...attributeStrings(transcript.attributes)]);
  const stored = storeDiagnostics(diagnostics, names, source);
  return stored && { head, diagnostics: stored, strings, segments: numbers };
}

/** A stored file made whole again with the file's text; null when anything in it does not fit that text. */
export function restoreFile(
  stored: unknown,
  source: string,
): { transcript: SegmentedTranscript | null; diagnostics: Diagnostic[]; words: number[] } | null {
  if (!isObject(stored) || !Array.isArray(stored['diagnostics']) || !Array.isArray(stored['strings']) || !Array.isArray(stored['segments']))
    return null;
  const diagnostics: Diagnostic[] = [];
  for (const diagnostic of stored['diagnostics'] as unknown[]) {
    const reason = isObject(diagnostic) ? restoreReason(diagnostic['reason'], source) : undefined;
    if (reason === undefined) return null;
    diagnostics.push({ ...(diagnostic as unknown as Diagnostic), reason });
  }
  const head = stored['head'];
  if (head === null) return { transcript: null, diagnostics, words: [] };
  if (!isObject(head) || !Array.isArray(head['attributes'])) return null;
  const id = typeof head['id'] === 'string' ? head['id'] : resolve(head['id'], source);
  const strings = (stored['strings'] as unknown[]).map((value) => resolve(value, source, id));
  if (!strings.every((value) => value !== undefined)) return null;
  const { file, format, sha256 } = head;
  if (id === undefined || typeof file !== 'string' || typeof format !== 'string' || typeof sha256 !== 'string') return null;
  const entries: [string, AttributeValue][] = [];
  for (const pair of head['attributes'] as unknown[]) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string') return null;
    const value = restoreValue(pair[1], source);
    if (value === undefined) return null;
    entries.push([pair[0], value]);
  }
  const read = readSegments(stored['segments'] as unknown[], strings as string[], source);
  if (!read || read.segments.length === 0) return null;
  const transcript: SegmentedTranscript = {
    id,
    file,
    format: format as SegmentedTranscript['format'],
    sha256,
    attributes: toAttributes(entries),
    segments: read.segments,
  };
  return { transcript, diagnostics, words: read.words };
}

/** The segments and their words from the stored numbers; null when any number does not fit. */
function readSegments(
  numbers: readonly unknown[],
  strings: readonly string[],
  source: string,
): { segments: Segment[]; words: number[] } | null {
  if (!numbers.every((value) => Number.isInteger(value))) return null;
  const values = numbers as readonly number[];
  const segments: Segment[] = [];
  const words: number[] = [];
  const string = (index: number): string | null | undefined => (index === -1 ? null : strings[index]);
  for (let at = 0; at < values.length; ) {
    if (at + SEGMENT_FIELDS >= values.length) return null;
    const field = (offset: number): number => values[at + offset]!;
    const recipeAt = at + SEGMENT_FIELDS + 1;
    const recipeLength = field(SEGMENT_FIELDS);
    const runsAt = recipeAt + recipeLength + 1;
    if (runsAt > values.length || recipeLength < 0) return null;
    const end = runsAt + 3 * values[runsAt - 1]!;
    if (end > values.length || end < runsAt) return null;
    for (const offset of [0, 5, 6, 7, 8, 9, 10, 11, 12, 13]) if (field(offset) < 0) return null;
    const text = readRecipe(values, recipeAt, recipeLength, strings, source);
    const map: SourceRun[] = [];
    for (let run = runsAt; run < end; run += 3) {
      const [textStart, sourceStart, length] = [values[run]!, values[run + 1]!, values[run + 2]!];
      if (text === null || textStart < 0 || sourceStart < 0 || length < 0) return null;
      if (textStart + length > text.length || sourceStart + length > source.length) return null;
      map.push([textStart, sourceStart, length]);
    }
    const [speaker, role, section, time] = [string(field(1)), ROLES[field(2)], string(field(3)), string(field(4))];
    if (text === null || speaker === undefined || role === undefined || section === undefined || time === undefined) return null;
    segments.push({
      index: field(0),
      speaker,
      role,
      section,
      time,
      start: { line: field(5), column: field(6), offset: field(7) },
      end: { line: field(8), column: field(9), offset: field(10) },
      codePointStart: field(11),
      codePointEnd: field(12),
      text,
      map,
    });
    words.push(field(13));
    at = end;
  }
  return { segments, words };
}

/** A plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
