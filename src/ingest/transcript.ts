import type { Diagnostic } from '../model.js';
import type { SourceRun } from '../text/source-map.js';

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
