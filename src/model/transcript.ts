import type { Diagnostic } from './diagnostic.js';

/** A front-matter value: YAML scalars, lists and maps. */
export type AttributeValue = string | number | boolean | null | readonly AttributeValue[] | { readonly [key: string]: AttributeValue };

/**
 * Document attributes from front matter (case variables such as gemeente, rol, datum): an object
 * without a prototype, so that every key (`__proto__`, `constructor`) is plain data. Read them
 * with `attributeValue`, which sees own keys only.
 */
export type Attributes = Readonly<Record<string, AttributeValue>>;

/** Attributes from key-value pairs, as an object without a prototype; a later key wins. */
export function toAttributes(entries: Iterable<readonly [string, AttributeValue]>): Attributes {
  const attributes: Record<string, AttributeValue> = Object.create(null) as Record<string, AttributeValue>;
  // defineProperty, not assignment: assigning "__proto__" would set a prototype, not a key.
  for (const [key, value] of entries)
    Object.defineProperty(attributes, key, { value, enumerable: true, writable: true, configurable: true });
  return attributes;
}

/** The value of an attribute, own keys only (never something inherited, such as `constructor`). */
export function attributeValue(attributes: Attributes, key: string): AttributeValue | undefined {
  return Object.hasOwn(attributes, key) ? attributes[key] : undefined;
}

/** The attributes without one key. */
export function withoutAttribute(attributes: Attributes, key: string): Attributes {
  return toAttributes(Object.entries(attributes).filter(([name]) => name !== key));
}

/** A block of running text: a paragraph or a heading, markup removed, CR removed. */
export interface TextBlock {
  readonly kind: 'paragraph' | 'heading';
  /** Heading depth 1-6; 0 for paragraphs. */
  readonly depth: number;
  readonly text: string;
  readonly map: readonly SourceRun[];
}

/**
 * A transcript parsed into blocks: plain serialisable data that depends only on the text,
 * so that it can be cached by the text's hash.
 */
export interface ParsedTranscript {
  readonly attributes: Attributes;
  readonly blocks: readonly TextBlock[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A plain text derived from a source (markup, labels and CR removed) keeps where each of its
 * characters came from as runs: `[textStart, sourceStart, length]`, sorted by textStart.
 * Characters outside every run (joiners between paragraphs) map to the end of the run before.
 */
export type SourceRun = readonly [textStart: number, sourceStart: number, length: number];

/** Text with its mapping back to source offsets. */
export interface MappedText {
  readonly text: string;
  readonly map: readonly SourceRun[];
}

/** A transcript file found on disk. */
export interface TranscriptFile {
  /** Absolute path, for reading. */
  readonly absolute: string;
  /** Path as shown to the user and written to outputs: relative to cwd, `/`-separated. */
  readonly display: string;
  readonly format: TranscriptFormat;
  /** The most bytes that may be read from it (`--max-file-size`); DEFAULT_MAX_FILE_SIZE when not given. */
  readonly maxBytes?: number;
}

/** How a transcript file is parsed. */
export type TranscriptFormat = 'markdown' | 'text' | 'docx' | 'vtt' | 'srt';

/** A transcript's text as read from disk. */
export interface SourceText {
  readonly file: TranscriptFile;
  /** Decoded UTF-8, without a byte-order mark; line endings as in the file. */
  readonly text: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
}

/** An attribute as one cell: lists joined with "; ", maps as JSON. */
export function attributeCell(value: AttributeValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => String(attributeCell(item as AttributeValue) ?? '')).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

/** Text encodings a transcript can be read in: `utf-8` (the default, with UTF-16 by its byte-order mark) or `windows-1252`. */
export type TextEncoding = 'utf-8' | 'windows-1252';
