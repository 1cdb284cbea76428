import type { ExchangeCode, ExchangeProject, ExchangeSpan } from '../exchange/coding-model.js';
import { isEvidence } from '../aggregate/presence.js';
import type { CodingResult } from '../model/result.js';

/** The coder rodedraad's own codings are attributed to. */
export const RODEDRAAD_CODER = 'rodedraad';

/** A pattern hit of a rodedraad coding, in the segment's text. */
export interface PatternEvidence {
  readonly pattern: string;
  readonly start: number;
  readonly end: number;
  /** The words matched, as written. */
  readonly text: string;
}

/** Why rodedraad coded a span: the segment the span is, and the hits that coded it. */
export interface SpanEvidence {
  readonly segmentStart: number;
  readonly segmentEnd: number;
  readonly hits: readonly PatternEvidence[];
}

/** A coding result in the exchange model, and the pattern evidence of each of its spans. */
export interface ResultProject {
  readonly project: ExchangeProject;
  readonly evidence: ReadonlyMap<ExchangeSpan, SpanEvidence>;
  /** Each code's patterns, by code id. */
  readonly patterns: ReadonlyMap<string, { readonly match: readonly string[]; readonly unless: readonly string[] }>;
  /** The language of the first codebook (stemming of candidate patterns). */
  readonly language: 'nl' | 'en';
}

/**
 * A rodedraad result as the exchange model: every document a source (its text is not in the
 * result), every code a code under its theme's label, every coding that is evidence (negated
 * mentions are not, as everywhere) a span over its segment, by the coder "rodedraad".
 */
export function resultToProject(result: CodingResult, file: string): ResultProject {
  const codes: ExchangeCode[] = result.codebooks.flatMap((codebook) =>
    codebook.themes.flatMap((theme) =>
      theme.codes.map((code) => ({
        id: code.id,
        name: code.label,
        path: [theme.label, code.label],
        parentId: null,
        description: code.definition,
        codable: true,
      })),
    ),
  );
  const spans: ExchangeSpan[] = [];
  const evidence = new Map<ExchangeSpan, SpanEvidence>();
  for (const document of result.documents) {
    for (const segment of document.segments) {
      for (const coding of segment.codings) {
        if (!isEvidence(coding)) continue;
        const span: ExchangeSpan = {
          sourceId: document.id,
          codeId: coding.code,
          coderId: RODEDRAAD_CODER,
          start: segment.start.offset,
          end: segment.end.offset,
          origin: `segment ${segment.index}`,
        };
        spans.push(span);
        // The hits that count for the code (for `require`, the negated ones).
        const hits = coding.hits.map((hit) => ({ pattern: hit.pattern, start: hit.textStart, end: hit.textEnd, text: hit.text }));
        evidence.set(span, { segmentStart: segment.start.offset, segmentEnd: segment.end.offset, hits });
      }
    }
  }
  const sources = result.documents.map((document) => ({
    id: document.id,
    name: document.id,
    text: null,
    variables: {},
  }));
  const project: ExchangeProject = { file, sources, codes, coders: [{ id: RODEDRAAD_CODER, name: 'rodedraad' }], spans, cases: [] };
  const patterns = new Map(
    result.codebooks.flatMap((codebook) =>
      codebook.themes.flatMap((theme) => theme.codes.map((code) => [code.id, { match: code.patterns, unless: code.unless }] as const)),
    ),
  );
  return { project, evidence, patterns, language: result.codebooks[0]?.language ?? 'nl' };
}
