import type { Diagnostic } from '../model/diagnostic.js';
import type { Segment, SegmentedTranscript } from '../model/segment.js';
import { toAttributes, type AttributeValue, type SourceRun } from '../model/transcript.js';
import { isCount, readRecipe, writeRecipe, type Recipe } from './recipe.js';

/** A file as the cache holds it: what preparing it gave, without any of its text. */
export interface StoredFile {
  /** The transcript with each segment's text as a recipe; null when the file could not be used. */
  readonly transcript: (Omit<SegmentedTranscript, 'segments'> & { readonly segments: readonly StoredSegment[] }) | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Words per segment. */
  readonly words: readonly number[];
}

/** A segment whose `text` is a recipe. */
type StoredSegment = Omit<Segment, 'text'> & { readonly text: Recipe };

/** Store a prepared file; null when a segment's text cannot be written as a recipe (it is then never cached). */
export function storeFile(
  transcript: SegmentedTranscript | null,
  diagnostics: readonly Diagnostic[],
  words: readonly number[],
  source: string,
): StoredFile | null {
  if (!transcript) return { transcript: null, diagnostics, words: [] };
  const segments: StoredSegment[] = [];
  for (const segment of transcript.segments) {
    const recipe = writeRecipe(segment.text, segment.map, source);
    if (!recipe) return null;
    // The text's place among the keys is kept, so that a segment read back is written out alike.
    segments.push({ ...segment, text: recipe });
  }
  return { transcript: { ...transcript, segments }, diagnostics, words };
}

/** A stored file made whole again with the file's text; null when anything in it does not fit that text. */
export function restoreFile(
  stored: unknown,
  source: string,
): { transcript: SegmentedTranscript | null; diagnostics: Diagnostic[]; words: number[] } | null {
  if (!isObject(stored) || !Array.isArray(stored['diagnostics']) || !Array.isArray(stored['words'])) return null;
  const diagnostics = stored['diagnostics'] as Diagnostic[];
  if (!diagnostics.every((diagnostic) => isObject(diagnostic) && typeof diagnostic['reason'] === 'string')) return null;
  const words = stored['words'] as unknown[];
  if (!words.every(isCount)) return null;
  const transcript = stored['transcript'];
  if (transcript === null) return { transcript: null, diagnostics, words: [] };
  if (!isObject(transcript) || !Array.isArray(transcript['segments']) || !isObject(transcript['attributes'])) return null;
  const segments: Segment[] = [];
  for (const value of transcript['segments'] as unknown[]) {
    if (!isObject(value)) return null;
    const text = readRecipe(value['text'], source);
    if (text === null || !isMap(value['map'], text.length, source.length)) return null;
    segments.push({ ...(value as unknown as Segment), text });
  }
  if (segments.length !== words.length || typeof transcript['id'] !== 'string') return null;
  const attributes = toAttributes(Object.entries(transcript['attributes'] as Record<string, AttributeValue>));
  return { transcript: { ...(transcript as unknown as SegmentedTranscript), attributes, segments }, diagnostics, words: words as number[] };
}

function isMap(value: unknown, textLength: number, sourceLength: number): value is SourceRun[] {
  if (!Array.isArray(value)) return false;
  return value.every(
    (run) =>
      Array.isArray(run) &&
      run.length === 3 &&
      run.every(isCount) &&
      (run[0] as number) + (run[2] as number) <= textLength &&
      (run[1] as number) + (run[2] as number) <= sourceLength,
  );
}

/** A plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
