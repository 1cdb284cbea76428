import type { Diagnostic } from '../model/diagnostic.js';
import type { Role, Segment, SegmentedTranscript } from '../model/segment.js';
import { toAttributes, type AttributeValue, type SourceRun } from '../model/transcript.js';
import { readRecipe, writeRecipe } from './recipe.js';

/**
 * A file as the cache holds it: what preparing it gave, without any of its text. The segments are
 * one list of numbers (SEGMENT_FIELDS each, then the recipe of the text and the map to the file),
 * the labels, sections, times and white space of the recipes are `strings`, each once: small to
 * store and quick to read.
 */
export interface StoredFile {
  /** The transcript without its segments; null when the file could not be used. */
  readonly head: Omit<SegmentedTranscript, 'segments'> | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly strings: readonly string[];
  readonly segments: readonly number[];
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
  if (!transcript) return { head: null, diagnostics, strings: [], segments: [] };
  const strings: string[] = [];
  const known = new Map<string, number>();
  const string = (value: string | null): number => {
    if (value === null) return -1;
    let index = known.get(value);
    if (index === undefined) {
      index = strings.push(value) - 1;
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
  const { segments: _segments, ...head } = transcript;
  return { head, diagnostics, strings, segments: numbers };
}

/** A stored file made whole again with the file's text; null when anything in it does not fit that text. */
export function restoreFile(
  stored: unknown,
  source: string,
): { transcript: SegmentedTranscript | null; diagnostics: Diagnostic[]; words: number[] } | null {
  if (!isObject(stored) || !Array.isArray(stored['diagnostics']) || !Array.isArray(stored['strings']) || !Array.isArray(stored['segments']))
    return null;
  const diagnostics = stored['diagnostics'] as Diagnostic[];
  if (!diagnostics.every((diagnostic) => isObject(diagnostic) && typeof diagnostic['reason'] === 'string')) return null;
  const strings = stored['strings'] as unknown[];
  if (!strings.every((value) => typeof value === 'string')) return null;
  const head = stored['head'];
  if (head === null) return { transcript: null, diagnostics, words: [] };
  if (!isObject(head) || !isObject(head['attributes']) || typeof head['id'] !== 'string') return null;
  const read = readSegments(stored['segments'] as unknown[], strings as string[], source);
  if (!read || read.segments.length === 0) return null;
  const attributes = toAttributes(Object.entries(head['attributes'] as Record<string, AttributeValue>));
  const transcript = { ...(head as unknown as Omit<SegmentedTranscript, 'segments'>), attributes, segments: read.segments };
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
