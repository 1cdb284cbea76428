// The report as a document, before it is written in any format: Markdown, Word and HTML render the
// same blocks, so that the three never say different things. Text here is plain: every renderer
// escapes it for its own format.
import type { ChartFile } from '../charts.js';

/** A run of text: plain, bold (the evidence in a quote), code (ids and hashes), or a reference to a note. */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'note'; readonly note: number };

/** Runs of text that make one paragraph, cell or heading. */
export type Inlines = readonly Inline[];

/** A column of a table: its header, which side its cells align to, and whether they are numbers (never wrapped). */
export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
  readonly numeric: boolean;
}

/** A list item, with items nested under it. */
export interface ListItem {
  readonly content: Inlines;
  readonly items: readonly ListItem[];
}

/** A block of the report. Headings: 1 is the title, 2 a chapter, 3 and 4 the parts of one. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly content: Inlines }
  | { readonly kind: 'paragraph'; readonly content: Inlines; readonly strong?: boolean }
  | { readonly kind: 'notice'; readonly content: Inlines }
  | { readonly kind: 'list'; readonly items: readonly ListItem[] }
  /** `key` leading columns name the row: a table split for width repeats them. */
  | { readonly kind: 'table'; readonly columns: readonly Column[]; readonly rows: readonly (readonly Inlines[])[]; readonly key: number }
  | { readonly kind: 'chart'; readonly chart: ChartFile }
  /** A quote of a respondent, attributed; `note` numbers the note that traces it to document and lines. */
  | { readonly kind: 'quote'; readonly content: Inlines; readonly attribution: Inlines; readonly note: number | null };

/** A note: where a quote comes from (document and lines), when the attribution does not say it. */
export interface Note {
  readonly number: number;
  readonly content: Inlines;
}

/** The whole report: the body, the technical appendix that closes it, and the notes. */
export interface ReportDocument {
  readonly language: string;
  readonly title: string;
  readonly body: readonly Block[];
  /** The appendix heading and what stands under it; always last. */
  readonly appendix: readonly Block[];
  readonly notes: readonly Note[];
}

/** Plain text as runs. */
export function text(value: string): Inline[] {
  return [{ kind: 'text', text: value }];
}

/** A code span (an id, a hash). */
export function code(value: string): Inline {
  return { kind: 'code', text: value };
}

/** Bold text. */
export function strong(value: string): Inline {
  return { kind: 'strong', text: value };
}

/** "Label (id)": a code or theme as the reports name it. */
export function labelWithId(label: string, id: string): Inline[] {
  return [{ kind: 'text', text: `${label} (` }, code(id), { kind: 'text', text: ')' }];
}

/** The text of runs without markup; a note reference as its number in brackets. */
export function plainText(content: Inlines): string {
  return content.map((run) => (run.kind === 'note' ? `[${run.note}]` : run.text)).join('');
}

/** A list item without items under it. */
export function item(content: Inlines, items: readonly ListItem[] = []): ListItem {
  return { content, items };
}
