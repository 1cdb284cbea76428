import type { Codebook } from '../model/codebook.js';
import type { CorpusTally } from '../aggregate/tally.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CodedDocument } from '../model/coding.js';
import type { CodingSettings } from '../model/settings.js';
import { toSourceRange } from '../text/source-map.js';
import type { ResultCodebook, ResultDocument, ResultTotals } from '../model/result.js';
import { RESULT_FORMAT, RESULT_FORMAT_VERSION } from '../model/result.js';

/** What result.json says about the run before its documents. */
export interface ResultHead {
  readonly toolVersion: string;
  readonly inputs: readonly string[];
  readonly settings: CodingSettings;
  readonly codebooks: readonly Codebook[];
}

/**
 * result.json is written in three parts so that documents stream to disk one at a time:
 * the head, each document, then the tail with totals and diagnostics.
 */
export function resultJsonHead(head: ResultHead): string {
  const value = {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    tool: { name: 'rodedraad', version: head.toolVersion },
    inputs: head.inputs,
    settings: head.settings,
    codebooks: head.codebooks.map(describeCodebook),
  };
  return `${JSON.stringify(value, null, 2).slice(0, -2)},\n  "documents": [`;
}

/** One document of result.json, with its segments, codings and hits located in the file. */
export function resultJsonDocument(document: CodedDocument, first: boolean): string {
  const value: ResultDocument = {
    id: document.id,
    file: document.file,
    format: document.format,
    sha256: document.sha256,
    attributes: document.attributes,
    segments: document.segments.map(({ map, text, codings, ...place }) => ({
      // Everything a segment says of its place, then its text and codings; the map stays in memory.
      ...place,
      text,
      codings: codings.map((coding) => ({
        theme: coding.code.theme.id,
        code: coding.code.code.id,
        negated: coding.negated,
        hits: coding.hits.map((hit) => {
          const [sourceStart, sourceEnd] = toSourceRange(map, hit.start, hit.end);
          return {
            pattern: hit.pattern,
            textStart: hit.start,
            textEnd: hit.end,
            sourceStart,
            sourceEnd,
            text: text.slice(hit.start, hit.end),
            negated: hit.negated,
            cue: hit.cue,
          };
        }),
      })),
    })),
  };
  // One line per document: compact for large corpora, still easy to diff and to read with jq.
  return `${first ? '' : ','}\n    ${JSON.stringify(value)}`;
}

/** The end of result.json: totals per code and the diagnostics of the run. */
export function resultJsonTail(tally: CorpusTally, diagnostics: readonly Diagnostic[]): string {
  const totals: ResultTotals = {
    documents: tally.documents,
    segments: tally.segments,
    respondentSegments: tally.respondentSegments,
    respondentWords: tally.respondentWords,
    codedUnits: tally.codedUnits,
    codedSegments: tally.codedSegments,
    codes: tally.codes.map((entry) => ({
      code: entry.code.code.id,
      documents: entry.documents,
      segments: entry.segments,
      negated: entry.negated,
    })),
  };
  const rest = JSON.stringify({ totals, diagnostics }, null, 2).slice(1);
  return `${tally.documents > 0 ? '\n  ' : ''}],${rest}\n`;
}

function describeCodebook(codebook: Codebook): ResultCodebook {
  return {
    id: codebook.id,
    title: codebook.title,
    version: codebook.version,
    language: codebook.language,
    source: codebook.source,
    file: codebook.file,
    sha256: codebook.sha256,
    themes: codebook.themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      description: theme.description,
      codes: theme.codes.map((code) => ({
        id: code.id,
        label: code.label,
        definition: code.definition,
        negation: code.negation,
        patterns: code.match.map((pattern) => pattern.text),
        unless: code.unless.map((pattern) => pattern.text),
      })),
    })),
  };
}
