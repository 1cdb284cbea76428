import { indexCodePoints } from '../exchange/code-points.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CodingResult, ResultDocument } from '../model/result.js';
import type { TreeCodebook } from './codebook-tree.js';
import { EXPORT_TEXTS } from './export-texts.js';
import type { QdpxProject, QdpxSource } from './project-model.js';
import { collectSelections, type CodeInfo, type SpanEvidence } from './selections.js';
import { rebuildText, type StoredText } from './stored-text.js';
import { caseVariables } from './variables.js';

/** What a coding becomes: a selection on its segment or on each matched stretch of words; negated mentions in or out. */
export interface ExportSettings {
  readonly span: 'segment' | 'hit';
  readonly negated: boolean;
}

/** A document's text: the transcript as coded (its sha256 checked), or null to rebuild it from result.json. */
export type DocumentText = { readonly text: string } | null;

/** The project's name, the writing tool, and the codebooks with their guidance. */
export interface ProjectHead {
  readonly name: string;
  readonly origin: string;
  readonly codebooks: readonly TreeCodebook[];
}

/**
 * A coding result as a REFI-QDA project: every document a source with its text, every coding
 * (negated mentions only with `settings.negated`) a selection with positions in code points, by
 * one user named after the rodedraad version and codebooks that coded, and each document a case
 * with its attributes as variables. `texts` gives each document's text by id. Errors are
 * positions that do not fit the text (a result edited by hand).
 */
export function projectFromResult(
  result: CodingResult,
  texts: ReadonlyMap<string, DocumentText>,
  head: ProjectHead,
  settings: ExportSettings,
): { project: QdpxProject; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const language = head.codebooks[0]?.language ?? 'en';
  const words = EXPORT_TEXTS[language];
  const codes = new Map<string, CodeInfo>(
    head.codebooks.flatMap((codebook) =>
      codebook.themes.flatMap((theme) =>
        theme.codes.map((code) => [code.id, { label: code.label, texts: EXPORT_TEXTS[codebook.language] }] as const),
      ),
    ),
  );
  const sources: QdpxSource[] = result.documents.map((document) => {
    const given = texts.get(document.id);
    const stored = given === undefined || given === null ? rebuildText(document) : null;
    const text = stored?.text ?? given!.text;
    const spans = documentSpans(document, text, stored, settings, diagnostics);
    const from = words.sourceFrom(document.file, document.sha256);
    const description = stored === null ? from : `${from} ${words.rebuilt}`;
    return { documentId: document.id, text, description, selections: collectSelections(text, spans, codes, diagnostics, document.file) };
  });
  const variables = caseVariables(result.documents);
  diagnostics.push(...variables.diagnostics);
  const coder = `rodedraad ${result.tool.version} (${result.codebooks.map((codebook) => `${codebook.id} ${codebook.version}, sha256 ${codebook.sha256.slice(0, 12)}`).join('; ')})`;
  const project: QdpxProject = {
    name: head.name,
    origin: head.origin,
    user: coder,
    description: words.projectDescription(coder, settings.span, settings.negated),
    codebooks: head.codebooks,
    variables: variables.variables,
    cases: variables.cases,
    sources,
  };
  return { project, diagnostics };
}

/**
 * The spans of a document's codings in `text`: each segment's range, or each hit's, in UTF-16 and
 * in code points. In the transcript's own text they are the recorded offsets, checked against the
 * recorded code points; in a rebuilt text they follow from where each segment was put.
 */
function documentSpans(
  document: ResultDocument,
  text: string,
  stored: StoredText | null,
  settings: ExportSettings,
  diagnostics: Diagnostic[],
): SpanEvidence[] {
  const index = indexCodePoints(text);
  const spans: SpanEvidence[] = [];
  for (const segment of document.segments) {
    if (segment.codings.length === 0) continue;
    const base = stored === null ? null : stored.segmentStarts.get(segment.index)!;
    if (base === null && index.toCodePoint(segment.start.offset) !== segment.codePointStart) {
      const found = index.toCodePoint(segment.start.offset);
      diagnostics.push(
        misfit(
          document,
          `segment ${segment.index} starts at code point ${segment.codePointStart} in result.json but at ${found} in the transcript`,
        ),
      );
      continue;
    }
    const segmentRange =
      base === null ? { start: segment.start.offset, end: segment.end.offset } : { start: base, end: base + segment.text.length };
    for (const coding of segment.codings) {
      if (coding.negated && !settings.negated) continue;
      const ranges =
        settings.span === 'segment'
          ? [{ ...segmentRange, hits: coding.hits }]
          : coding.hits.map((hit) =>
              base === null
                ? { start: hit.sourceStart, end: hit.sourceEnd, hits: [hit] }
                : { start: base + hit.textStart, end: base + hit.textEnd, hits: [hit] },
            );
      for (const { start, end, hits } of ranges) {
        if (!(start >= 0 && start < end && end <= text.length)) {
          diagnostics.push(
            misfit(
              document,
              `a coding of ${coding.code} in segment ${segment.index} runs from ${start} to ${end}, outside the text (${text.length} characters)`,
            ),
          );
          continue;
        }
        const position = { start: index.toCodePoint(start), end: index.toCodePoint(end), utf16Start: start, utf16End: end };
        spans.push({ ...position, codeId: coding.code, negated: coding.negated, hits });
      }
    }
  }
  return spans;
}

function misfit(document: ResultDocument, detail: string): Diagnostic {
  return {
    file: document.file,
    severity: 'error',
    reason: `${document.id}: ${detail}; result.json does not fit the transcript (was it edited?); run rodedraad code again`,
    ruleId: 'export-position',
  };
}
