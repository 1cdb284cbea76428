import type { Diagnostic } from '../model/diagnostic.js';

/**
 * The plain model of codings read from another tool (a REFI-QDA project, a codings table):
 * which spans of which documents carry which codes, by which coder. Every reader returns this
 * shape, so `agree` compares any two of them the same way.
 */

/** A document the codings refer to. */
export interface ExchangeSource {
  /** Stable id: the source's GUID in a project, the document name in a table. */
  readonly id: string;
  /** The name people know the document by (a project's source name, a table's document cell). */
  readonly name: string;
  /** The plain text the spans' offsets count in; null when the text could not be read (a diagnostic says why). */
  readonly text: string | null;
  /** Case variables of the document (from its cases or its own variable values), by variable name. */
  readonly variables: Readonly<Record<string, string>>;
}

/** A code, with its place in the code hierarchy. */
export interface ExchangeCode {
  /** Stable id: the code's GUID in a project, its path joined with " > " in a table. */
  readonly id: string;
  readonly name: string;
  /** Names from the top of the hierarchy down to this code, this code's name last. */
  readonly path: readonly string[];
  readonly parentId: string | null;
  readonly description: string | null;
  /** False for a code that only groups others (REFI-QDA isCodable="false"). */
  readonly codable: boolean;
}

/** A person (or tool) who coded. */
export interface ExchangeCoder {
  readonly id: string;
  readonly name: string;
}

/** One code applied to one span of one document. */
export interface ExchangeSpan {
  readonly sourceId: string;
  readonly codeId: string;
  /** The coder who applied the code; null when the input does not say. */
  readonly coderId: string | null;
  /** UTF-16 offsets in the source's text, start inclusive, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Where the coding stands in the input, for messages: a selection's GUID or name, or a table row. */
  readonly origin: string;
}

/** A case (a person, an organisation) with its variables and the documents that belong to it. */
export interface ExchangeCase {
  readonly id: string;
  readonly name: string;
  readonly variables: Readonly<Record<string, string>>;
  readonly sourceIds: readonly string[];
}

/** Everything read from one input file. */
export interface ExchangeProject {
  /** The input file, as shown in messages. */
  readonly file: string;
  readonly sources: readonly ExchangeSource[];
  readonly codes: readonly ExchangeCode[];
  readonly coders: readonly ExchangeCoder[];
  readonly spans: readonly ExchangeSpan[];
  readonly cases: readonly ExchangeCase[];
}

/** What a reader returns: the project (null when nothing could be read) and what it skipped or assumed. */
export interface ExchangeRead {
  readonly project: ExchangeProject | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** The separator of a code path written as one string ("Theme > Code"). */
export const CODE_PATH_SEPARATOR = ' > ';
