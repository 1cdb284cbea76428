import type { ExchangeProject, ExchangeSource, ExchangeSpan } from '../exchange/coding-model.js';
import { indexDocuments } from '../exchange/codings-table/table-documents.js';
import { locateQuote, prepareText } from '../exchange/quotes/locate-quote.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { mapSpansToSegments, type MinimumOverlap } from './map-spans.js';
import type { UnitDocument } from './units.js';
import { shortList } from '../text/short-list.js';

/** The spans of one coding that land on one unit segment, by code id. */
export type SegmentSpans = ReadonlyMap<string, readonly ExchangeSpan[]>;

/** One coding (a reference or a candidate) on the units: which segments carry which codes. */
export interface SideUnits {
  /** Ids of the unit documents this coding covers (it has a source for them). */
  readonly covered: ReadonlySet<string>;
  /** Per unit document id, per segment index, the codes and the spans that carry them. */
  readonly segments: ReadonlyMap<string, ReadonlyMap<number, SegmentSpans>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Put the spans of a coding onto the units. Sources are matched to unit documents by id or name
 * (case, folders and extension aside). When a source's text is not the transcript's (a QDA tool
 * may have changed line breaks or layout), each span is found again in the transcript by its
 * text. Spans of the coders not in `coders` (null: all) are left out.
 */
export function placeSpans(
  project: ExchangeProject,
  documents: readonly UnitDocument[],
  minimum: MinimumOverlap,
  coders: ReadonlySet<string> | null,
): SideUnits {
  const diagnostics: Diagnostic[] = [];
  const say = (severity: Diagnostic['severity'], reason: string, ruleId: string): void => {
    diagnostics.push({ file: project.file, severity, reason, ruleId });
  };
  const find = indexDocuments(documents.map((document) => ({ id: document.id, aliases: document.aliases, text: '' })));
  const byId = new Map(documents.map((document) => [document.id, document]));
  const covered = new Set<string>();
  const segments = new Map<string, Map<number, Map<string, ExchangeSpan[]>>>();
  const unmatched: string[] = [];
  let offUnits = 0;
  for (const source of project.sources) {
    const found = find(source.name) ?? find(source.id);
    const document = found === undefined || found === 'ambiguous' ? undefined : byId.get(found.id);
    if (document === undefined) {
      unmatched.push(source.name);
      continue;
    }
    const spans = project.spans.filter(
      (span) => span.sourceId === source.id && (coders === null || (span.coderId !== null && coders.has(span.coderId))),
    );
    const placed = relocate(source, document, spans, say);
    if (placed === null) continue;
    covered.add(document.id);
    // Without the text every character counts (a rodedraad result's spans are whole segments).
    const text = document.text ?? 'x'.repeat(Math.max(0, ...document.segments.map((segment) => segment.end.offset)));
    const mapping = mapSpansToSegments(
      text,
      document.segments,
      placed.map(({ span, start, end }) => ({ start, end, codeId: span.codeId, span })),
      minimum,
    );
    const perSegment = new Map<number, Map<string, ExchangeSpan[]>>();
    const unitSpans = new Set<ExchangeSpan>();
    mapping.codes.forEach((codes, position) => {
      const segment = document.segments[position]!;
      if (!segment.unit || codes.length === 0) return;
      const byCode = new Map<string, ExchangeSpan[]>();
      for (const entry of placed) {
        if (!codes.includes(entry.span.codeId) || entry.end <= segment.start.offset || entry.start >= segment.end.offset) continue;
        byCode.set(entry.span.codeId, [...(byCode.get(entry.span.codeId) ?? []), entry.span]);
        unitSpans.add(entry.span);
      }
      perSegment.set(segment.index, byCode);
    });
    segments.set(document.id, perSegment);
    offUnits += placed.filter((entry) => !unitSpans.has(entry.span) && !mapping.unplaced.some((other) => other.span === entry.span)).length;
    if (mapping.unplaced.length > 0) {
      say(
        'info',
        `${mapping.unplaced.length} coding(s) in ${document.id} reach no segment by the minimum overlap (a label, a heading, or a few characters over a boundary); not counted`,
        'agree-span-unplaced',
      );
    }
  }
  if (offUnits > 0)
    say(
      'info',
      `${offUnits} coding(s) lie only on segments that are not compared (interviewer turns, text before the first label); not counted`,
      'agree-span-off-units',
    );
  if (unmatched.length > 0) {
    say(
      'warning',
      `${unmatched.length} document(s) match no transcript and are left out: ${shortList(unmatched)}; name the transcripts the same, or give them with --transcripts`,
      'agree-unmatched-document',
    );
  }
  return { covered, segments, diagnostics };
}

/** The spans of a source in the transcript's offsets; null when the source cannot be used. */
function relocate(
  source: ExchangeSource,
  document: UnitDocument,
  spans: readonly ExchangeSpan[],
  say: (severity: Diagnostic['severity'], reason: string, ruleId: string) => void,
): { span: ExchangeSpan; start: number; end: number }[] | null {
  // A rodedraad result or a table counts in the transcript's own text.
  if (source.text === null || source.text === document.text) return spans.map((span) => ({ span, start: span.start, end: span.end }));
  if (document.text === null) {
    say(
      'warning',
      `${document.id}: the transcript could not be read, so the codings of "${source.name}" cannot be placed; left out (give the transcripts with --transcripts)`,
      'agree-no-transcript',
    );
    return null;
  }
  const prepared = prepareText(document.text);
  const placed: { span: ExchangeSpan; start: number; end: number }[] = [];
  let lost = 0;
  for (const span of spans) {
    const location = locateQuote(source.text.slice(span.start, span.end), prepared);
    if (location.kind === 'not-found') lost++;
    // The span in the transcript's offsets from here on, so that its words can be shown in place.
    else placed.push({ span: { ...span, start: location.start, end: location.end }, start: location.start, end: location.end });
  }
  say(
    'info',
    `the text of "${source.name}" differs from the transcript ${document.file}; its ${spans.length} coding(s) were found again by their words`,
    'agree-text-differs',
  );
  if (lost > 0)
    say(
      'warning',
      `${lost} of ${spans.length} coding(s) of "${source.name}" were not found in ${document.file}; left out (is it the transcript that was coded?)`,
      'agree-span-not-found',
    );
  return placed;
}
