import type { Diagnostic } from '../model.js';
import type { SourceRun } from '../text/source-map.js';

/** A front-matter value: YAML scalars, lists and maps. */
export type AttributeValue = string | number | boolean | null | readonly AttributeValue[] | { readonly [key: string]: AttributeValue };

/** Document attributes from front matter (case variables such as gemeente, rol, datum). */
export type Attributes = Readonly<Record<string, AttributeValue>>;

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
