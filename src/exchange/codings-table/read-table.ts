import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { Point } from '../../model/position.js';
import type { ExchangeCode, ExchangeRead, ExchangeSpan } from '../coding-model.js';
import { DEFAULT_APPROXIMATE_RULE, type ApproximateRule, type PreparedText, prepareText } from '../quotes/locate-quote.js';
import { joinPath, parseCodingsTable } from './parse-table.js';
import { rowSpan } from './row-span.js';
import { indexDocuments, type TableDocument } from './table-documents.js';

/** How the quotes of a table were located: counts by kind. */
export interface QuoteTally {
  readonly exact: number;
  readonly words: number;
  readonly approximate: number;
  readonly notFound: number;
}

/** A codings table read into the exchange model, with how its quotes were located. */
export interface TableRead extends ExchangeRead {
  readonly quotes: QuoteTally;
}

/**
 * Read a codings table (CSV: document, code, and a line range or a quote) against the
 * transcripts it codes. A line range wins over a quote when a row has both (rodedraad's own
 * codings.csv cuts its text short). Every document given becomes a source, coded or not.
 */
export function readCodingsTable(
  csv: string,
  file: string,
  documents: readonly TableDocument[],
  rule: ApproximateRule = DEFAULT_APPROXIMATE_RULE,
): TableRead {
  const diagnostics: Diagnostic[] = [];
  const lineStarts = [0, ...[...csv.matchAll(/\n/g)].map((match) => match.index + 1)];
  const place = (line: number): Point => ({ line, column: 1, offset: lineStarts[line - 1] ?? 0 });
  const say = (severity: Severity, reason: string, ruleId: string, line?: number): void => {
    diagnostics.push(line === undefined ? { file, severity, reason, ruleId } : { file, place: place(line), severity, reason, ruleId });
  };
  const tally = { exact: 0, words: 0, approximate: 0, notFound: 0 };
  const parsed = parseCodingsTable(csv);
  if ('error' in parsed) {
    say('error', parsed.error, 'table-unreadable', parsed.line);
    return { project: null, diagnostics, quotes: tally };
  }
  if (parsed.columns.ignored.length > 0) say('info', `columns not read: ${parsed.columns.ignored.join(', ')}`, 'table-column-ignored', 1);
  const findDocument = indexDocuments(documents);
  const prepared = new Map<string, PreparedText>();
  const unknown = new Map<string, number[]>();
  const codes = new Map<string, ExchangeCode>();
  const spans: ExchangeSpan[] = [];
  for (const row of parsed.rows) {
    const document = findDocument(row.document);
    if (document === undefined || document === 'ambiguous') {
      const key = `${row.document}\u0000${document ?? 'unknown'}`;
      unknown.set(key, [...(unknown.get(key) ?? []), row.line]);
      continue;
    }
    if (row.codePaths.length === 0) {
      say('warning', 'the row has no code; skipped', 'table-no-code', row.line);
      continue;
    }
    if (!prepared.has(document.id)) prepared.set(document.id, prepareText(document.text));
    const span = rowSpan(row, document, prepared.get(document.id)!, rule);
    if (span.kind !== 'lines') tally[span.kind === 'not-found' ? 'notFound' : span.kind]++;
    if (span.message !== undefined) say(span.severity, span.message, span.ruleId, row.line);
    if (span.range === null) continue;
    for (const path of row.codePaths) {
      addCode(codes, path);
      spans.push({
        sourceId: document.id,
        codeId: joinPath(path),
        coderId: row.coder,
        start: span.range.start,
        end: span.range.end,
        origin: `row at line ${row.line}`,
      });
    }
  }
  reportUnknownDocuments(unknown, say);
  if (tally.words > 0) {
    say(
      'info',
      `${tally.words} quote(s) found word for word once case, punctuation, line breaks and page or paragraph numbers were set aside`,
      'quote-normalised',
    );
  }
  const coders = [...new Set(spans.map((span) => span.coderId).filter((id): id is string => id !== null))].map((id) => ({ id, name: id }));
  const sources = documents.map((document) => ({ id: document.id, name: document.id, text: document.text, variables: {} }));
  return { project: { file, sources, codes: [...codes.values()], coders, spans, cases: [] }, diagnostics, quotes: tally };
}

/** Add a code and the codes above it; a code used in a row is codable, one only above others is not. */
function addCode(codes: Map<string, ExchangeCode>, path: readonly string[]): void {
  for (let depth = 1; depth <= path.length; depth++) {
    const id = joinPath(path.slice(0, depth));
    const used = depth === path.length;
    const known = codes.get(id);
    if (known !== undefined) {
      if (used && !known.codable) codes.set(id, { ...known, codable: true });
      continue;
    }
    const parentId = depth > 1 ? joinPath(path.slice(0, depth - 1)) : null;
    codes.set(id, { id, name: path[depth - 1]!, path: path.slice(0, depth), parentId, description: null, codable: used });
  }
}

function reportUnknownDocuments(
  unknown: ReadonlyMap<string, number[]>,
  say: (severity: Severity, reason: string, ruleId: string, line?: number) => void,
): void {
  for (const [key, lines] of unknown) {
    const [name, why] = key.split('\u0000') as [string, string];
    const problem =
      name === ''
        ? 'rows without a document'
        : why === 'ambiguous'
          ? `document "${name}" matches more than one transcript (give its exact id)`
          : `document "${name}" is not among the transcripts (check the name, or add the transcript)`;
    say('warning', `${problem}: ${lines.length} row(s) skipped, the first at line ${lines[0]}`, 'table-unknown-document', lines[0]);
  }
}
